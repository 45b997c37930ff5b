/** Counters the browser tests and the soak bench read (window.__redAddressKiosk under automation only). */
export const kioskStats = {
  attractStarts: 0,
  attractSteps: 0,
  countdowns: 0,
  resets: 0,
};

export interface KioskTestHook {
  stats: typeof kioskStats;
  phase: () => string;
  pendingTimers: () => number;
  config: () => unknown;
  /** Stop the idle clock in the `active` phase (no tour, no timers), so the soak bench measures a quiet page. */
  pause: () => void;
  /** Start the idle clock again, as if just touched. */
  resume: () => void;
}

declare global {
  interface Window {
    __redAddressKiosk?: KioskTestHook;
  }
}

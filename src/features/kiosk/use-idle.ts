import { useEffect, useMemo, useSyncExternalStore } from 'react';

/**
 * What an unattended screen is doing:
 * - `active`: someone touched it recently;
 * - `attract`: nobody for `attractMs`: the attract loop tours the featured sites;
 * - `countdown`: nobody for `resetMs`: "back to the home screen in N seconds", then the reset.
 * After the reset the screen stays idle (attract again, when on) and does not reset again until the next touch.
 */
export type IdlePhase = 'active' | 'attract' | 'countdown';

export interface IdleSnapshot {
  phase: IdlePhase;
  /** Whole seconds left on the countdown (only meaningful in `countdown`). */
  secondsLeft: number;
}

export interface IdleOptions {
  /** ms without activity before the attract loop; null: never. */
  attractMs: number | null;
  /** ms without activity before the countdown; null: never. */
  resetMs: number | null;
  countdownMs: number;
  onReset: () => void;
}

export interface TimerApi {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  now: () => number;
}

const realTimers: TimerApi = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/**
 * The idle state machine, free of React and the DOM: `start()`, `activity()` on every touch, `stop()` to release
 * every timer. At most three timers are ever pending (attract, reset, countdown tick), whatever the uptime.
 */
export class IdleMachine {
  private snapshot: IdleSnapshot = { phase: 'active', secondsLeft: 0 };
  private readonly listeners = new Set<() => void>();
  private attractTimer: unknown = null;
  private resetTimer: unknown = null;
  private tickTimer: unknown = null;
  private countdownEnd = 0;
  private running = false;

  constructor(
    private options: IdleOptions,
    private readonly timers: TimerApi = realTimers,
  ) {}

  /** Start the idle clock (as if just touched). */
  start(): void {
    this.running = true;
    this.activity();
  }

  /** Release every timer; `start()` may run it again (React's strict mode mounts twice). */
  stop(): void {
    this.running = false;
    this.clearAll();
  }

  getSnapshot = (): IdleSnapshot => this.snapshot;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** Number of pending timers (for tests and the soak bench). */
  pendingTimers(): number {
    return [this.attractTimer, this.resetTimer, this.tickTimer].filter((t) => t !== null).length;
  }

  /** The reset callback may change (new closures) without restarting the clock. */
  setOnReset(onReset: () => void): void {
    this.options = { ...this.options, onReset };
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  /** A touch, a key, a wheel: back to `active`, and the idle clock starts again. */
  activity(): void {
    if (!this.running) return;
    this.clearAll();
    this.set({ phase: 'active', secondsLeft: 0 });
    this.schedule();
  }

  private schedule(): void {
    const { attractMs, resetMs } = this.options;
    if (attractMs !== null) {
      this.attractTimer = this.timers.setTimeout(() => {
        this.attractTimer = null;
        if (this.snapshot.phase === 'active') this.set({ phase: 'attract', secondsLeft: 0 });
      }, attractMs);
    }
    if (resetMs !== null) {
      this.resetTimer = this.timers.setTimeout(() => {
        this.resetTimer = null;
        this.startCountdown();
      }, resetMs);
    }
  }

  private startCountdown(): void {
    this.countdownEnd = this.timers.now() + this.options.countdownMs;
    this.tick();
  }

  private tick(): void {
    const left = this.countdownEnd - this.timers.now();
    if (left <= 0) {
      this.tickTimer = null;
      this.finish();
      return;
    }
    this.set({ phase: 'countdown', secondsLeft: Math.ceil(left / 1000) });
    // Wake at the next whole second (or the end), so the number on screen changes exactly once a second.
    const toNextSecond = left % 1000 || 1000;
    this.tickTimer = this.timers.setTimeout(() => this.tick(), Math.min(left, toNextSecond));
  }

  private finish(): void {
    // The attract timer may still be pending (reset before attract): it keeps running and starts the tour.
    const attractPassed = this.options.attractMs !== null && this.attractTimer === null;
    this.set({ phase: attractPassed ? 'attract' : 'active', secondsLeft: 0 });
    this.options.onReset();
  }

  private clearAll(): void {
    for (const t of [this.attractTimer, this.resetTimer, this.tickTimer]) if (t !== null) this.timers.clearTimeout(t);
    this.attractTimer = this.resetTimer = this.tickTimer = null;
  }

  private set(next: IdleSnapshot): void {
    if (next.phase === this.snapshot.phase && next.secondsLeft === this.snapshot.secondsLeft) return;
    this.snapshot = next;
    for (const fn of [...this.listeners]) fn();
  }
}

/** DOM events that count as a visitor being there. Captured on window, so no component can swallow them. */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel'] as const;

/**
 * The idle machine bound to the window's input events. Every listener and timer is released on unmount or when
 * the delays change. `activity()` lets a button ("Tiếp tục") count as a touch explicitly.
 */
/**
 * Marks an element that reports its own touches through `activity()` once they are complete (on click): the
 * attract card and the countdown dialog. Counting their pointerdown would unmount them under the finger, so the
 * tap's click would land on the map behind instead of the button.
 */
export const IDLE_SELF_REPORTING = 'data-idle-self-reporting';

function reportsItself(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[${IDLE_SELF_REPORTING}]`) !== null;
}

export function useIdle(options: { attractMs: number | null; resetMs: number | null; countdownMs: number; onReset: () => void }): {
  snapshot: IdleSnapshot;
  activity: () => void;
  machine: IdleMachine;
} {
  const { attractMs, resetMs, countdownMs, onReset } = options;
  const machine = useMemo(() => new IdleMachine({ attractMs, resetMs, countdownMs, onReset: () => undefined }), [attractMs, resetMs, countdownMs]);
  useEffect(() => {
    machine.setOnReset(onReset);
  }, [machine, onReset]);

  useEffect(() => {
    const m = machine;
    let lastMove = 0;
    const onActivity = (e: Event) => {
      // A key always counts (no click follows it); a touch on a self-reporting element counts on its click.
      if (e.type !== 'keydown' && reportsItself(e.target)) return;
      // A hovering mouse is nobody touching (and must not hide the card it is about to tap); a drag is. Drags fire
      // many moves: count at most one every 250 ms.
      if (e.type === 'pointermove') {
        if (e instanceof PointerEvent && e.buttons === 0) return;
        const now = performance.now();
        if (now - lastMove < 250) return;
        lastMove = now;
      }
      m.activity();
    };
    const opts: AddEventListenerOptions = { capture: true, passive: true };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, opts);
    m.start();
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, opts);
      m.stop();
    };
  }, [machine]);

  const snapshot = useSyncExternalStore(machine.subscribe, machine.getSnapshot);
  return { snapshot, activity: () => machine.activity(), machine };
}

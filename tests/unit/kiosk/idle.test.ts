import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleMachine, type IdlePhase } from '../../../src/features/kiosk/use-idle.ts';

function machine(attractMs: number | null, resetMs: number | null, countdownMs = 10_000) {
  const onReset = vi.fn();
  const m = new IdleMachine({ attractMs, resetMs, countdownMs, onReset });
  const phases: IdlePhase[] = [];
  m.subscribe(() => phases.push(m.getSnapshot().phase));
  m.start();
  return { m, onReset, phases };
}

describe('idle machine (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('attract after 90 s, countdown at 120 s counting down each second, then one reset', () => {
    const { m, onReset } = machine(90_000, 120_000);
    vi.advanceTimersByTime(89_999);
    expect(m.getSnapshot().phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(m.getSnapshot().phase).toBe('attract');
    vi.advanceTimersByTime(30_000);
    expect(m.getSnapshot()).toEqual({ phase: 'countdown', secondsLeft: 10 });
    vi.advanceTimersByTime(1000);
    expect(m.getSnapshot()).toEqual({ phase: 'countdown', secondsLeft: 9 });
    vi.advanceTimersByTime(8_000);
    expect(m.getSnapshot().secondsLeft).toBe(1);
    expect(onReset).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onReset).toHaveBeenCalledTimes(1);
    // Still nobody there: the tour goes on, and no second reset until the next touch.
    expect(m.getSnapshot().phase).toBe('attract');
    vi.advanceTimersByTime(10 * 60_000);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(m.pendingTimers()).toBe(0);
  });

  it('a touch stops the attract loop at once and restarts the clock', () => {
    const { m, onReset } = machine(2000, 4000, 3000);
    vi.advanceTimersByTime(2500);
    expect(m.getSnapshot().phase).toBe('attract');
    m.activity();
    expect(m.getSnapshot().phase).toBe('active');
    vi.advanceTimersByTime(1999);
    expect(m.getSnapshot().phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(m.getSnapshot().phase).toBe('attract');
    expect(onReset).not.toHaveBeenCalled();
  });

  it('"Tiếp tục" during the countdown cancels the reset', () => {
    const { m, onReset } = machine(2000, 4000, 3000);
    vi.advanceTimersByTime(5000);
    expect(m.getSnapshot()).toEqual({ phase: 'countdown', secondsLeft: 2 });
    m.activity();
    expect(m.getSnapshot().phase).toBe('active');
    vi.advanceTimersByTime(3999);
    expect(onReset).not.toHaveBeenCalled();
    expect(m.getSnapshot().phase).toBe('attract');
  });

  it('reset before attract (attract longer): countdown, reset, then the attract loop when its time comes', () => {
    const { m, onReset } = machine(20_000, 5000, 2000);
    vi.advanceTimersByTime(7000);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(m.getSnapshot().phase).toBe('active');
    vi.advanceTimersByTime(13_000);
    expect(m.getSnapshot().phase).toBe('attract');
  });

  it('either can be off', () => {
    const a = machine(null, 1000, 1000);
    vi.advanceTimersByTime(5000);
    expect(a.onReset).toHaveBeenCalledTimes(1);
    expect(a.m.getSnapshot().phase).toBe('active');
    const b = machine(1000, null);
    vi.advanceTimersByTime(10 * 60_000);
    expect(b.onReset).not.toHaveBeenCalled();
    expect(b.m.getSnapshot().phase).toBe('attract');
  });

  it('fractional countdowns show whole seconds rounded up', () => {
    const { m, onReset } = machine(null, 100, 2500);
    vi.advanceTimersByTime(100);
    expect(m.getSnapshot().secondsLeft).toBe(3);
    vi.advanceTimersByTime(500);
    expect(m.getSnapshot().secondsLeft).toBe(2);
    vi.advanceTimersByTime(2000);
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('never holds more than three timers, and none after stop(), over thousands of cycles', () => {
    const { m, onReset } = machine(50, 120, 60);
    let maxPending = 0;
    for (let i = 0; i < 5000; i++) {
      vi.advanceTimersByTime(i % 3 === 0 ? 400 : 70);
      maxPending = Math.max(maxPending, m.pendingTimers());
      m.activity();
      maxPending = Math.max(maxPending, m.pendingTimers());
    }
    expect(maxPending).toBeLessThanOrEqual(3);
    expect(onReset.mock.calls.length).toBeGreaterThan(1000);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(3);
    m.stop();
    expect(m.pendingTimers()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    m.activity();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('unsubscribing removes the listener', () => {
    const m = new IdleMachine({ attractMs: 10, resetMs: null, countdownMs: 10, onReset: () => undefined });
    const off = m.subscribe(() => undefined);
    expect(m.listenerCount()).toBe(1);
    off();
    expect(m.listenerCount()).toBe(0);
  });
});

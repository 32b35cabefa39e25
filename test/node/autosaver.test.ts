import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../src/node/autosaver';

describe('createAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, about a second after the last of several changes', async () => {
    const save = vi.fn(async () => undefined);
    const saver = createAutosaver(save);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(600);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(900);
    expect(save).not.toHaveBeenCalled();
    expect(saver.busy).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.busy).toBe(false);
  });

  it('still saves during steady changes, at most maxWaitMs after the first', async () => {
    const save = vi.fn(async () => undefined);
    const saver = createAutosaver(save, 1000, { maxWaitMs: 3000 });
    for (let t = 0; t < 3500; t += 500) {
      saver.schedule();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush saves a pending change at once and waits for it', async () => {
    const save = vi.fn(async () => undefined);
    const saver = createAutosaver(save);
    saver.schedule();
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never runs two saves at once, and saves again for a change made during a save', async () => {
    let active = 0;
    let maxActive = 0;
    const save = vi.fn(async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setTimeout(resolve, 300));
      active -= 1;
    });
    const saver = createAutosaver(save, 100);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(150);
    saver.schedule();
    await vi.advanceTimersByTimeAsync(150);
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(1000);
    await flushed;
    expect(save).toHaveBeenCalledTimes(2);
    expect(maxActive).toBe(1);
  });

  it('cancel drops a pending save; errors of timer saves go to onError', async () => {
    const onError = vi.fn();
    const save = vi.fn(async () => {
      throw new Error('boom');
    });
    const saver = createAutosaver(save, 1000, { onError });
    saver.schedule();
    saver.cancel();
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).not.toHaveBeenCalled();
    saver.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
    expect(saver.busy).toBe(false);
  });
});

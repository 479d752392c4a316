import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard } from './close-guard.js';

function setup() {
  let fire: (() => void) | null = null;
  const hooks = {
    askPageToBackUp: vi.fn(),
    closeWindow: vi.fn(),
    startTimer: vi.fn((_ms: number, onTimeout: () => void) => {
      fire = onTimeout;
      return () => {
        fire = null;
      };
    }),
  };
  const guard = createCloseGuard(hooks, 30_000);
  return { hooks, guard, fireTimer: () => fire?.() };
}

describe('closing the window', () => {
  it('holds the first close until the page has written its backup, then closes once', () => {
    const { hooks, guard } = setup();
    expect(guard.onCloseRequested()).toBe(true);
    expect(hooks.askPageToBackUp).toHaveBeenCalledTimes(1);
    expect(hooks.closeWindow).not.toHaveBeenCalled();
    guard.onPageReady();
    expect(hooks.closeWindow).toHaveBeenCalledTimes(1);
    // The real close that follows is let through.
    expect(guard.onCloseRequested()).toBe(false);
  });

  it('absorbs a second click on × while the backup is being written', () => {
    const { hooks, guard } = setup();
    guard.onCloseRequested();
    expect(guard.onCloseRequested()).toBe(true);
    expect(hooks.askPageToBackUp).toHaveBeenCalledTimes(1);
  });

  it('closes anyway when the page does not answer in time, and ignores a late answer', () => {
    const { hooks, guard, fireTimer } = setup();
    guard.onCloseRequested();
    expect(hooks.startTimer).toHaveBeenCalledWith(30_000, expect.any(Function));
    fireTimer();
    expect(hooks.closeWindow).toHaveBeenCalledTimes(1);
    guard.onPageReady();
    expect(hooks.closeWindow).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the page reports ready without a close in progress', () => {
    const { hooks, guard } = setup();
    guard.onPageReady();
    expect(hooks.closeWindow).not.toHaveBeenCalled();
  });
});

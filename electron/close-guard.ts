// Closing the window writes a last backup first. The first close is held back while the page
// writes it; the page says when it is done (or the timeout passes) and the window then closes
// for real. A second close request while waiting is absorbed, not a second backup. Electron
// is passed in as callbacks so this runs under Node in tests.
export interface CloseGuardHooks {
  /** Ask the page to write its closing backup. */
  askPageToBackUp(): void;
  /** Close the window for real (the guard lets this one through). */
  closeWindow(): void;
  startTimer(ms: number, onTimeout: () => void): () => void;
}

export interface CloseGuard {
  /** On the window's 'close' event: true means "prevent this close, we are backing up". */
  onCloseRequested(): boolean;
  /** The page finished (or gave up on) its closing backup. */
  onPageReady(): void;
}

export function createCloseGuard(hooks: CloseGuardHooks, timeoutMs: number): CloseGuard {
  let state: 'open' | 'backing-up' | 'closing' = 'open';
  let cancelTimer: (() => void) | null = null;

  const closeNow = () => {
    if (state === 'closing') return;
    state = 'closing';
    cancelTimer?.();
    cancelTimer = null;
    hooks.closeWindow();
  };

  return {
    onCloseRequested() {
      if (state === 'closing') return false;
      if (state === 'backing-up') return true;
      state = 'backing-up';
      cancelTimer = hooks.startTimer(timeoutMs, closeNow);
      hooks.askPageToBackUp();
      return true;
    },
    onPageReady() {
      if (state === 'backing-up') closeNow();
    },
  };
}

/**
 * Files the OS asks us to open (macOS "open with" / dock drops arrive as 'open-file', other systems
 * start a second instance): sent to the window when it exists, kept for start-up when it does not.
 */

/** Routes OS open requests to the renderer. */
export interface OpenRequests {
  /** A path the OS asked to open. */
  request(path: string): void;
  /** The window's renderer is loaded: later requests are sent, not kept. */
  attach(): void;
  /** The page is gone (window closed): requests are kept again until the next window. */
  detach(): void;
  /** The path to open at start: the last one requested before the window, else `fallback`. */
  startupPath(fallback: string | null): string | null;
}

/** Create the router; `send` delivers a path to the open window's renderer. */
export function createOpenRequests(send: (path: string) => void): OpenRequests {
  let attached = false;
  // macOS sends 'open-file' before 'ready' when the app is launched by opening a file.
  let early: string | null = null;
  return {
    request: (path) => {
      if (attached) send(path);
      else early = path;
    },
    attach: () => {
      attached = true;
    },
    detach: () => {
      attached = false;
    },
    startupPath: (fallback) => {
      const path = early ?? fallback;
      early = null;
      return path;
    },
  };
}

/**
 * The Content Security Policy for the renderer, sent by Electron's session and by the browser harness
 * (src/renderer/index.html carries the same policy in a meta tag). Monaco injects style elements,
 * hence 'unsafe-inline' for styles only; scripts and workers come from our own origin, nothing else loads.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The policy for `electron-vite dev` only: Vite's React refresh needs an inline preamble and a
 * websocket. Never used for a built app or the harness.
 */
export const developmentContentSecurityPolicy = contentSecurityPolicy
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*");

/**
 * The renderer's Content-Security-Policy, sent as a header by the app:// protocol and the browser host;
 * renderer/index.html carries the same directives in a meta tag (a test keeps them equal). No inline script,
 * no eval; inline styles are allowed because the component and grid libraries set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

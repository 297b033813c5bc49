/** Where to go after signing in: only a path on this site, never another origin. */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  // A browser's URL parser drops tabs and newlines and reads `\` as `/`, so `/\t/evil.example`
  // would leave as `//evil.example`: no control character belongs in a path we send back.
  if (value.includes('\\') || /[\u0000-\u001f\u007f-\u009f]/.test(value)) return '/';
  // Then let the URL parser itself judge what is left, rather than listing its tricks here.
  const base = 'http://upstream.invalid';
  return new URL(value, base).origin === base ? value : '/';
}

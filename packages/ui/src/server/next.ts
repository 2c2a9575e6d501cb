/**
 * A same-site path to go to after sign-in or a language switch. Anything that is not a plain
 * absolute path (`//evil.example`, `https://…`, `/\evil`) becomes `/`, so the parameter
 * cannot be used to send people to another site.
 */
export function getSafeNext({ next }: { next: unknown }): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return '/';
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if ([...next].some((char) => char.charCodeAt(0) < 0x20)) return '/';
  return next;
}

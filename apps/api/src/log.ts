/** Minimal structured logger: one JSON line per event, never personal data. */
export function logEvent(
  level: 'info' | 'warn' | 'error',
  event: string,
  detail: Record<string, unknown> = {},
): void {
  if (process.env.VT_SILENT === '1' && level !== 'error') return;
  const line = JSON.stringify({ at: new Date().toISOString(), level, event, ...detail });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

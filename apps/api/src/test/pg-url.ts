/** The same server, another database. */
export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The maintenance database (postgres) of the server, for CREATE/DROP DATABASE. */
export function adminUrl(url: string): string {
  return databaseUrlFor(url, 'postgres');
}

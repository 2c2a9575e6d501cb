/**
 * Pages whose offline copy is an empty shell (issue 16 item 3): the service worker keeps the page
 * as the server renders it for this header (no personal data), and the page fills it from the
 * sealed copy in IndexedDB. Their normal answers are never put in the unencrypted page cache.
 */
export const OFFLINE_SHELL_HEADER = 'x-vt-offline-shell';
export const SHELL_PAGES = new Set(['/follow-ups']);

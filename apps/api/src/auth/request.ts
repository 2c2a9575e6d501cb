import { parseLang } from '@ventanilla/domain';
import type { Lang } from '@ventanilla/domain';

export type RequestHeaders = Record<string, string | string[] | undefined>;

function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads one cookie from the Cookie header. */
export function readCookie(headers: RequestHeaders, name: string): string | undefined {
  const raw = header(headers, 'cookie');
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The session token: `Authorization: Bearer …`, else cookie `vt_session`. */
export function readSessionToken(headers: RequestHeaders): string | undefined {
  const auth = header(headers, 'authorization');
  const match = auth?.match(/^Bearer\s+(\S+)$/i);
  if (match?.[1]) return match[1];
  return readCookie(headers, 'vt_session') || undefined;
}

/** The caller's language: cookie `vt_lang`, else the first supported Accept-Language, else es. */
export function readLang(headers: RequestHeaders): Lang {
  const cookie = readCookie(headers, 'vt_lang');
  if (cookie) return parseLang({ value: cookie });
  const accept = header(headers, 'accept-language');
  if (accept) {
    const ranked = accept
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
      })
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      if (tag.startsWith('es')) return 'es';
      if (tag.startsWith('en')) return 'en';
    }
  }
  return 'es';
}

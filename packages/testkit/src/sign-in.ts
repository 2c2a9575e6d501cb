import type { Page } from 'playwright-core';
import type { Person } from './graphql.ts';

export type Lang = 'es' | 'en';

/** The sign-in form's labels (packages/ui's sign-in page) in each language. */
const labels: Record<Lang, { email: string; password: string; submit: string }> = {
  es: { email: 'Correo electrónico', password: 'Contraseña', submit: 'Entrar' },
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
};

/**
 * Signs `person` in through the sign-in form of the app at `origin`, by its labels as a person
 * would, and waits until the app has sent them on: to `next` (asked for with `?next=`) when
 * given, else to the home page. `lang` is the language the page already speaks (cookie
 * `vt_lang`; Spanish by default); `waitUntil` and `timeout` go to that wait as they are.
 */
export async function signIn(
  page: Page,
  origin: string,
  person: Person,
  {
    lang = 'es',
    next,
    waitUntil = 'commit',
    timeout,
  }: {
    lang?: Lang;
    next?: string;
    waitUntil?: 'commit' | 'domcontentloaded' | 'load';
    timeout?: number;
  } = {},
): Promise<void> {
  const landing = new URL(next ?? '/', origin).pathname;
  await page.goto(`${origin}/signin${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel(labels[lang].email).fill(person.email);
  await page.getByLabel(labels[lang].password).fill(person.password);
  await page.getByRole('button', { name: labels[lang].submit }).click();
  await page.waitForURL((url) => url.pathname === landing, { waitUntil, timeout });
}

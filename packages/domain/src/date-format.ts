/**
 * One `Intl.DateTimeFormat` per language and options, kept for the page's life. Building one is
 * costly (locale and time-zone data are looked up each time: milliseconds on a phone), and a page
 * that dates every row built one per row, in the task that makes the page usable. Formatting
 * with a kept one gives the same text.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(
  lang: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(lang, options)));
  return found;
}

import { defineOptionList } from './option.ts';

/**
 * §5.2 `hub`. The registry rows are data kept in the database, maintained by IOM; the form only
 * fixes the code format and the `other` row, which always comes last.
 */
export const hubCodePattern = /^[a-z]{3}_[a-z0-9_]{1,40}$/;

/** The row that always closes the hub list: a new hub, not yet in the registry. */
export const hubOtherOption = {
  code: 'other',
  en: 'Other (new hub, not in the list)',
  es: 'Otra (ventanilla nueva, no está en la lista)',
  country: null,
  active: 'yes',
} as const;

/** The hub list as the form knows it without the registry: only the `other` row. */
export const hubList = defineOptionList({ name: 'hub', options: [hubOtherOption] });

/** True when `code` has the registry code format (it does not check that the hub exists). */
export function isHubCode({ code }: { code: string }): boolean {
  return hubCodePattern.test(code);
}

/** The alpha-3 country prefix of a hub code (`cri_upala` → `CRI`), or undefined for `other`. */
export function getHubCodeCountry({ code }: { code: string }): string | undefined {
  return isHubCode({ code }) ? code.slice(0, 3).toUpperCase() : undefined;
}

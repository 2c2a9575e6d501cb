/**
 * A pseudonymous person code (issue 16, repeat visits): printed on a small card the person keeps,
 * so a later attention at the same hub can be linked to the first without a name. It is drawn at
 * random, never derived from anything about the person, and only issued with their consent.
 *
 * Eight symbols of Crockford's base 32 (no I, L, O or U, so nothing is misread) and a ninth that
 * checks them, shown as `XXXX-XXXX-C`: a mistyped symbol or two swapped neighbours is caught
 * before a visit is linked to the wrong person.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const bodyLength = 8;

/** The check symbol: a weighted sum mod 31 (prime), so swaps of neighbours change it. */
function checkSymbol(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += alphabet.indexOf(body[i]!) * (i + 1);
  return alphabet[sum % 31]!;
}

/** A new code from `randomIndex` (0 ≤ n < 32, e.g. crypto.randomInt(32)), formatted. */
export function newPersonCode(randomIndex: () => number): string {
  let body = '';
  for (let i = 0; i < bodyLength; i++) body += alphabet[randomIndex()]!;
  return format(body + checkSymbol(body));
}

/**
 * The code as typed, made canonical: upper case, without spaces or dashes, with the letters
 * people confuse read as the digits they look like (O → 0, I and L → 1). Null when it is not a
 * well-formed code with a correct check symbol.
 */
export function readPersonCode(typed: string): string | null {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== bodyLength + 1) return null;
  if ([...compact].some((c) => !alphabet.includes(c))) return null;
  const body = compact.slice(0, bodyLength);
  return checkSymbol(body) === compact[bodyLength] ? format(compact) : null;
}

function format(compact: string): string {
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}`;
}

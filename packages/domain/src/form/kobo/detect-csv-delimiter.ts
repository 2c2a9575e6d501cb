/**
 * §7.1: the delimiter of a KoBo CSV export, `;` (KoBo's default) or `,`, from its header line:
 * whichever occurs more often outside double quotes; `;` on a tie.
 */
export function detectCsvDelimiter({ headerLine }: { headerLine: string }): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === ';') semicolons += 1;
    else if (char === ',') commas += 1;
    else if (char === '\n' || char === '\r') break;
  }
  return commas > semicolons ? ',' : ';';
}

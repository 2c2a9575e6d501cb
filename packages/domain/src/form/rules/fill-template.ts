/**
 * Fills `{name}` placeholders in a template. Unknown placeholders are left as written. A value
 * that ends a sentence itself (a question label ending in "?") takes the place of the template's
 * full stop after it: "Please answer: A.4 Is the person a migrant?", not "…migrant?.".
 */
export function fillTemplate({
  template,
  values,
}: {
  template: string;
  values: Record<string, string | number>;
}): string {
  return template.replace(/\{([^{}]+)\}(\.?)/g, (whole, key: string, stop: string) => {
    if (!(key in values)) return whole;
    const value = String(values[key]);
    return /[?!.…]$/u.test(value) ? value : value + stop;
  });
}

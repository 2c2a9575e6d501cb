import type { Locator } from 'playwright-core';

// Runs in the page: this module needs the DOM's types, so it is its own entry
// (`@ventanilla/testkit/layout`), apart from what the API's tests import.

/** The words inside `root` laid out over two lines (such a word has boxes at two heights). */
export function wordsSplitAcrossLines(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/[^\s\-–—/·]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(match[0]);
      }
    }
    return found;
  });
}

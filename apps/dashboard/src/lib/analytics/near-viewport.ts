/**
 * Charts are drawn only when they near the viewport (issue 17): a phone's start-up then pays
 * neither Chart.js (its chunk is loaded by the first chart drawn) nor the drawing of charts below
 * the fold, whose figures the server-rendered tables beside them already carry. One observer for
 * the page; a generous margin so that a chart is usually drawn before it is scrolled into sight.
 * Printing brings every chart near: `beforeprint` starts the drawing (the browser's own print
 * menu does not wait for it; a chart not drawn in time prints as its table alone) and the print
 * button waits for it (`drawEveryChart`).
 */

/** How far outside the viewport a chart starts to draw: one screen above and below. */
const MARGIN = '100% 0px';

const waiting = new Map<Element, () => void>();
const drawing = new Set<Promise<unknown>>();
let observer: IntersectionObserver | null = null;

function bring(element: Element): void {
  const near = waiting.get(element);
  waiting.delete(element);
  observer?.unobserve(element);
  near?.();
}

function bringAll(): void {
  for (const element of [...waiting.keys()]) bring(element);
}

function watch(): IntersectionObserver {
  if (observer) return observer;
  observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) bring(entry.target);
    },
    { rootMargin: MARGIN },
  );
  window.addEventListener('beforeprint', bringAll);
  return observer;
}

/** Calls `near` once, when `element` nears the viewport (or the page is printed). Returns a stop. */
export function whenNear(element: Element, near: () => void): () => void {
  waiting.set(element, near);
  watch().observe(element);
  return () => {
    waiting.delete(element);
    observer?.unobserve(element);
  };
}

/** Records a drawing under way, for `drawEveryChart`. */
export function trackDrawing(done: Promise<unknown>): void {
  drawing.add(done);
  void done.finally(() => drawing.delete(done));
}

/** Brings every chart near and resolves once all are drawn (the print button, before printing). */
export async function drawEveryChart(): Promise<void> {
  bringAll();
  // The charts start drawing in their effects, after Svelte's next flush.
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (drawing.size > 0) await Promise.allSettled([...drawing]);
}

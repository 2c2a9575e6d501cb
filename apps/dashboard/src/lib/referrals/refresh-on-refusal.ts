import type { ActionResult } from '$app/forms';
import { invalidateAll } from '$app/navigation';

/**
 * Whether a referral form's post got no answer: the device is offline, or the connection
 * dropped while it still says online. SvelteKit reports both as an error without a status, and
 * applying that would replace the whole page with an error page, losing the card. Nothing was
 * saved, so the form says so instead.
 */
export function unanswered(result: ActionResult): boolean {
  return result.type === 'error' && (result.status === undefined || !navigator.onLine);
}

/**
 * Applies a referral form's answer, and after a refusal reloads the page's data: SvelteKit
 * reloads it only after a success, so a card refused because someone changed the referral kept
 * its old state and version, and every later try was refused the same way.
 */
export async function updateRefreshingOnRefusal({
  result,
  update,
}: {
  result: { type: string };
  update: () => Promise<void>;
}): Promise<void> {
  await update();
  if (result.type === 'failure') await invalidateAll();
}

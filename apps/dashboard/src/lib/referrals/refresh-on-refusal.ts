import { invalidateAll } from '$app/navigation';

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

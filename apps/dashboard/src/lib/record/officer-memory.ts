import { officerIdPattern } from '@ventanilla/domain/form/rules/registration';

/**
 * The officer ID (FORM.md §2.2, "use the same ID every time") this person last saved on this
 * device, kept in localStorage under a key of their own: the recording pages come from the
 * offline cache, so the server's prefill (the API's `myLastOfficerId`) can be one save behind,
 * or missing offline. Another person signing in on the device has another key.
 */
const prefix = 'vt-officer:';

/** Keeps the ID after a submission (a convenience, never an identity). */
export function rememberOfficerId({ userKey, officerId }: { userKey: string; officerId: unknown }) {
  const id = typeof officerId === 'string' ? officerId.trim().toUpperCase() : '';
  if (!userKey || !officerIdPattern.test(id)) return;
  try {
    localStorage.setItem(prefix + userKey, id);
  } catch {
    // Private mode or a full storage: the server's prefill is still there.
  }
}

/** The ID this person last saved on this device, or null. */
export function recallOfficerId({ userKey }: { userKey: string }): string | null {
  try {
    const id = userKey ? localStorage.getItem(prefix + userKey) : null;
    return id && officerIdPattern.test(id) ? id : null;
  } catch {
    return null;
  }
}

import { can } from '@ventanilla/domain/auth/permissions';
import { graphql } from '@ventanilla/ui/graphql';
import { requireUser } from '@ventanilla/ui/server';
import { readFormValues, type FormValues } from '#lib/record/form-values.ts';
import { loadRecordForm, saveRecordForm, throwUnavailable } from '#lib/server/record-form.ts';
import { loadDirectory } from '#lib/server/records.ts';
import type { Actions, PageServerLoad } from './$types';

const ADD_DIRECTORY_ENTRY = graphql(`
  mutation AddDirectoryEntry($input: DirectoryEntryInput!) {
    directoryEntryAdd(input: $input) {
      __typename
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const page = await loadRecordForm(event, 'case');
  // The hubs' directories, for the referrals the 4-step route suggests and the A.11 organizations.
  const directory = await loadDirectory({
    api: event.locals.api,
    hubCodes: page.hubs.map((h) => h.code),
  }).catch(throwUnavailable);
  const canRefer = can({ role: requireUser(event).role, action: 'referral.write' });
  return { ...page, directory, canRefer };
};

export const actions: Actions = {
  /** Without JavaScript: re-shows the form with the route the observation calls for. */
  route: async (event) => {
    requireUser(event);
    const values = readFormValues(await event.request.formData(), 'case');
    return { values, messages: {}, message: '', routeShown: true };
  },
  save: (event) =>
    saveRecordForm(event, 'case', ({ form, values }) =>
      addReferralOrganizations(event, form, values),
    ),
};

/** "Add to the directory on the spot": referral organizations the officer asked to keep. */
async function addReferralOrganizations(
  event: Parameters<Actions['save']>[0],
  form: FormData,
  values: FormValues,
) {
  const hub = typeof values.hub === 'string' ? values.hub : '';
  const wanted = [1, 2, 3]
    .filter((n) => form.get(`a11_referral_add_${n}`) === 'yes')
    .map((n) => ({
      organization: String(values[`a11_referral_org_${n}`] ?? '').trim(),
      sector: String(form.get(`a11_referral_sector_${n}`) ?? '').trim() || 'other',
    }))
    .filter((w) => w.organization);
  if (!hub || wanted.length === 0) return;
  try {
    const known = new Set(
      (await loadDirectory({ api: event.locals.api, hubCodes: [hub] })).map((e) =>
        e.organization.toLocaleLowerCase(),
      ),
    );
    for (const entry of wanted) {
      if (known.has(entry.organization.toLocaleLowerCase())) continue;
      known.add(entry.organization.toLocaleLowerCase());
      await event.locals.api(ADD_DIRECTORY_ENTRY, {
        input: { hub, organization: entry.organization, sector: entry.sector },
      });
    }
  } catch (cause) {
    // The case is saved; a directory entry that failed can be added from the directory page.
    console.error('[record] adding a referral organization to the directory failed', cause);
  }
}

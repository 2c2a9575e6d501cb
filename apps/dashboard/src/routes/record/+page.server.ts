import { error, redirect } from '@sveltejs/kit';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import {
  createInitialValues,
  readFormValues,
  valuesFromRecord,
  type FormValues,
} from '#lib/record/form-values.ts';
import {
  loadDirectory,
  loadRecord,
  deviceKeyOf,
  loadLastOfficerId,
  submitRecord,
} from '#lib/server/records.ts';
import { graphql } from '@ventanilla/ui/graphql';
import type { Actions, PageServerLoad } from './$types';

const ADD_DIRECTORY_ENTRY = graphql(`
  mutation AddDirectoryEntry($input: DirectoryEntryInput!) {
    directoryEntryAdd(input: $input) {
      __typename
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const hubs = user.hubs.map((h) => ({
    code: h.code,
    name: h.name,
    country: h.country,
    type: h.type,
  }));
  const id = event.url.searchParams.get('id');
  try {
    let values: FormValues;
    if (id) {
      const record = await loadRecord({ api: event.locals.api, kind: 'case', id });
      if (!record) error(404, 'error.notFound');
      values = valuesFromRecord(record, 'case');
    } else {
      values = createInitialValues({
        kind: 'case',
        hubs,
        officerId: await loadLastOfficerId({ api: event.locals.api }),
      });
    }
    const directory = await loadDirectory({
      api: event.locals.api,
      hubCodes: hubs.map((h) => h.code),
    });
    return { id, hubs, values, directory, userKey: deviceKeyOf(user) };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

export const actions: Actions = {
  /** Without JavaScript: re-shows the form with the route the observation calls for. */
  route: async (event) => {
    requireUser(event);
    const values = readFormValues(await event.request.formData(), 'case');
    return { values, messages: {}, message: '', routeShown: true };
  },
  save: async (event) => {
    requireUser(event);
    const lang = event.locals.lang;
    const result = await submitRecord(event, 'case', lang);
    if (!('ok' in result)) return result;
    await addReferralOrganizations(event, result.form, result.values);
    redirect(
      303,
      `/cases?saved=${encodeURIComponent(result.id)}&warnings=${result.warnings.length}`,
    );
  },
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

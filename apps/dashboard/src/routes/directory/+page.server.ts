import { error, fail, redirect } from '@sveltejs/kit';
import { can, type Role } from '@ventanilla/domain';
import { graphql } from '@ventanilla/ui/graphql';
import { ApiUnavailableError, requireUser } from '@ventanilla/ui/server';
import { t } from '#lib/i18n.ts';
import { sortByName } from '#lib/directory/sort-by-name.ts';
import { loadDirectory } from '#lib/server/records.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const sector = event.url.searchParams.get('sector') ?? '';
  try {
    const found = await loadDirectory({
      api: event.locals.api,
      hubCodes: user.hubs.map((h) => h.code),
      search: q,
      sector,
    });
    // Sorted here, in the reader's language: the database's order ignores accents and case.
    const entries = sortByName(found, event.locals.lang, (e) => e.organization);
    const editId = event.url.searchParams.get('edit');
    const confirmId = event.url.searchParams.get('confirm');
    return {
      q,
      sector,
      entries,
      hubs: user.hubs.map((h) => ({ code: h.code, name: h.name })),
      canWrite: mayWrite(user),
      editing: entries.find((e) => e.id === editId) ?? null,
      confirm: entries.find((e) => e.id === confirmId) ?? null,
      saved: event.url.searchParams.has('saved'),
      deleted: event.url.searchParams.has('deleted'),
    };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, 'error.unavailable');
    throw cause;
  }
};

const UPDATE = graphql(`
  mutation SaveDirectoryEntry($id: ID!, $input: DirectoryEntryInput!) {
    result: directoryEntryUpdate(id: $id, input: $input) {
      __typename
      ... on ValidationFailed {
        message
        issues {
          fields
          message
        }
      }
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
    }
  }
`);

const ADD = graphql(`
  mutation AddDirectoryEntry($input: DirectoryEntryInput!) {
    result: directoryEntryAdd(input: $input) {
      __typename
      ... on ValidationFailed {
        message
        issues {
          fields
          message
        }
      }
      ... on Forbidden {
        message
      }
    }
  }
`);

const DELETE = graphql(`
  mutation DeleteDirectoryEntry($id: ID!) {
    result: directoryEntryDelete(id: $id) {
      __typename
      ... on NotFound {
        message
      }
      ... on Forbidden {
        message
      }
    }
  }
`);

/** A failed answer of the directory mutations: its message and, for validation, the issues. */
type Failure = { message?: string; issues?: { fields: string[]; message: string }[] };

/** Reviewers read every hub's directory but change none (the permission matrix). */
const mayWrite = (user: { role: Role }) => can({ role: user.role, action: 'directory.write' });

/** The refusal a reader gets if a stale page still posts a change, said, not a 500. */
function refuseReader(event: Parameters<Actions[string]>[0]) {
  const user = requireUser(event);
  if (mayWrite(user)) return null;
  return fail(403, {
    values: null,
    messages: {},
    message: t(event.locals.lang)('dir.readOnly'),
  });
}

export const actions: Actions = {
  save: async (event) => {
    const refused = refuseReader(event);
    if (refused) return refused;
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const id = text('id');
    const input = {
      hub: text('hub'),
      organization: text('organization'),
      sector: text('sector'),
      address: text('address') || null,
      openingHours: text('openingHours') || null,
      contact: text('contact') || null,
      servicesOffered: text('servicesOffered') ? [text('servicesOffered')] : [],
      conditions: form.getAll('conditions').map(String).filter(Boolean),
      notes: text('notes') || null,
    };
    const values = { ...input, id };
    const { result } = id
      ? await event.locals.api(UPDATE, { id, input })
      : await event.locals.api(ADD, { input });
    if (result.__typename !== 'DirectoryEntry') {
      const failure = result as Failure;
      const messages: Record<string, string> = {};
      for (const issue of failure.issues ?? [])
        for (const field of issue.fields) messages[field] ??= issue.message;
      return fail(400, { values, messages, message: failure.message ?? '' });
    }
    redirect(303, '/directory?saved=1');
  },
  delete: async (event) => {
    const refused = refuseReader(event);
    if (refused) return refused;
    const form = await event.request.formData();
    const { result } = await event.locals.api(DELETE, { id: String(form.get('id') ?? '') });
    if (result.__typename !== 'DirectoryEntry')
      return fail(400, {
        values: null,
        messages: {},
        message: 'message' in result ? result.message : '',
      });
    redirect(303, '/directory?deleted=1');
  },
};

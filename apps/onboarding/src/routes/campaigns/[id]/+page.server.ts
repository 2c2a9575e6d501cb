import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  normalizeCampaignDocument,
  type CampaignDocument,
} from '@ventanilla/domain/strategy/index';
import { requireUser } from '@ventanilla/ui/server';
import {
  fetchCampaign,
  fetchRecordedActivities,
  saveCampaign,
  toView,
} from '#lib/campaigns/api.server.ts';
import {
  applyPlanForm,
  listChangedKeys,
  mergeKeys,
  pickKeys,
  sectionForms,
  type DocKey,
  type SectionForm,
} from '#lib/campaigns/form.server.ts';
import { nameHubs } from '#lib/hub-names.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  const found = await fetchCampaign(event.locals.api, event.params.id);
  if (!found) error(404, 'error.notFound');
  const recorded = await fetchRecordedActivities(event.locals.api, found.campaign.hub);
  return {
    ...found,
    recorded,
    hubName: nameHubs({ hubs: user.hubs, codes: [found.campaign.hub] })[0]!,
    saved: event.url.searchParams.get('saved'),
  };
};

type Conflict = {
  section: SectionForm;
  message: string;
  /** What the writer changed: document keys, and whether the title. */
  keys: DocKey[];
  titleChanged: boolean;
  yours: { title: string; part: Partial<CampaignDocument>; document: CampaignDocument };
  theirs: {
    version: number;
    title: string;
    updatedByName: string | null;
    document: CampaignDocument;
  };
};

async function write(
  event: RequestEvent<{ id: string }>,
  section: SectionForm,
  baseVersion: number,
  title: string,
  document: CampaignDocument,
  changed: { keys: DocKey[]; titleChanged: boolean },
  /** The plan a whole-plan save started from: a refused save shows the draft on it again. */
  base?: { title: string; document: CampaignDocument },
) {
  const { keys, titleChanged } = changed;
  const result = await saveCampaign(event.locals.api, {
    id: event.params.id,
    baseVersion,
    title,
    document,
  });
  switch (result.__typename) {
    case 'CampaignSaved':
      redirect(303, `/campaigns/${event.params.id}?saved=${section}#section-${section}`);
    // eslint-disable-next-line no-fallthrough
    case 'EditConflict': {
      // Nothing of this writer's would be lost: just show the newer version.
      if (keys.length === 0 && !titleChanged)
        redirect(303, `/campaigns/${event.params.id}#section-${section}`);
      const theirs = toView(result.theirs);
      const conflict: Conflict = {
        section,
        message: result.message,
        keys,
        titleChanged,
        yours: { title, part: pickKeys(document, keys), document },
        theirs: {
          version: theirs.version,
          title: theirs.title,
          updatedByName: theirs.updatedByName,
          document: theirs.document,
        },
      };
      return fail(409, { conflict });
    }
    case 'ValidationFailed':
      return fail(400, {
        section,
        error: result.issues.map((i) => i.message).join(' '),
        // The form comes back with what was typed, not the saved plan.
        draft: base ? { title, document, version: baseVersion, base } : null,
      });
    default:
      return fail(result.__typename === 'Forbidden' ? 403 : 404, {
        section,
        error: result.message,
      });
  }
}

export const actions: Actions = {
  /**
   * Saves the whole plan form, whichever section's button was pressed: every section's typed
   * text goes with it. The form carries the plan it was rendered from (`base`, at
   * `baseVersion`); the API refuses the save if that version is stale, and the conflict then
   * shows only what this writer changed.
   */
  save: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const baseVersion = Number(form.get('baseVersion'));
    const base = readBase(form.get('base'));
    if (!Number.isInteger(baseVersion) || !base) error(400, 'error.badRequest');
    const applied = applyPlanForm({ ...base, form, lang: event.locals.lang });
    const changed = {
      keys: listChangedKeys(base.document, applied.document),
      titleChanged: applied.title !== base.title,
    };
    return write(
      event,
      applied.section,
      baseVersion,
      applied.title,
      applied.document,
      changed,
      base,
    );
  },
  /** After a conflict: puts the writer's part on top of the latest version. */
  keep: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const section = String(form.get('section')) as SectionForm;
    if (!sectionForms.includes(section)) error(400, 'error.badRequest');
    const baseVersion = Number(form.get('baseVersion'));
    let part: Partial<CampaignDocument> = {};
    try {
      part = JSON.parse(String(form.get('part') ?? '{}')) as Partial<CampaignDocument>;
    } catch {
      error(400, 'error.badRequest');
    }
    const current = await fetchCampaign(event.locals.api, event.params.id);
    if (!current) error(404, 'error.notFound');
    const keys = (Object.keys(part) as DocKey[]).filter((key) => key in current.campaign.document);
    const titleChanged = form.get('titleChanged') === '1';
    const title = titleChanged ? String(form.get('title') ?? '') : current.campaign.title;
    const document = mergeKeys(current.campaign.document, part);
    return write(
      event,
      section,
      baseVersion,
      title,
      normalizeCampaignDocument({ value: document }),
      { keys, titleChanged },
    );
  },
};

/** The plan the form was rendered from (title and document), or null when it is not one. */
function readBase(value: FormDataEntryValue | null): {
  title: string;
  document: CampaignDocument;
} | null {
  try {
    const parsed = JSON.parse(String(value ?? '')) as { title?: unknown; document?: unknown };
    if (typeof parsed.title !== 'string' || typeof parsed.document !== 'object') return null;
    return {
      title: parsed.title,
      document: normalizeCampaignDocument({ value: parsed.document }),
    };
  } catch {
    return null;
  }
}

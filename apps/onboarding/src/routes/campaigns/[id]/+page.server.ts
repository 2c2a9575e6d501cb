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
  applySectionForm,
  mergeKeys,
  pickKeys,
  sectionForms,
  type DocKey,
  type SectionForm,
} from '#lib/campaigns/form.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireUser(event);
  const found = await fetchCampaign(event.locals.api, event.params.id);
  if (!found) error(404, 'error.notFound');
  const recorded = await fetchRecordedActivities(event.locals.api, found.campaign.hub);
  return {
    ...found,
    recorded,
    saved: event.url.searchParams.get('saved'),
  };
};

type Conflict = {
  section: SectionForm;
  message: string;
  keys: DocKey[];
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
  keys: DocKey[],
) {
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
      const theirs = toView(result.theirs);
      const conflict: Conflict = {
        section,
        message: result.message,
        keys,
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
      return fail(400, { section, error: result.issues.map((i) => i.message).join(' ') });
    default:
      return fail(result.__typename === 'Forbidden' ? 403 : 404, {
        section,
        error: result.message,
      });
  }
}

export const actions: Actions = {
  /** Saves one section, based on the version the form was rendered from. */
  save: async (event) => {
    requireUser(event);
    const form = await event.request.formData();
    const section = String(form.get('section')) as SectionForm;
    if (!sectionForms.includes(section)) error(400, 'error.badRequest');
    const baseVersion = Number(form.get('baseVersion'));
    const current = await fetchCampaign(event.locals.api, event.params.id);
    if (!current) error(404, 'error.notFound');
    // The edit applies to the plan as it was at baseVersion; the API refuses it if that is stale.
    const applied = applySectionForm({
      document: current.campaign.document,
      title: current.campaign.title,
      section,
      form,
      lang: event.locals.lang,
    });
    return write(event, section, baseVersion, applied.title, applied.document, applied.keys);
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
    const keys = Object.keys(part) as DocKey[];
    const title = section === 'title' ? String(form.get('title') ?? '') : current.campaign.title;
    const document = mergeKeys(current.campaign.document, part);
    return write(
      event,
      section,
      baseVersion,
      title,
      normalizeCampaignDocument({ value: document }),
      keys,
    );
  },
};

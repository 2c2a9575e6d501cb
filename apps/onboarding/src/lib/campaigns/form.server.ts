import {
  buildTowsPrompts,
  diagnosisQuestions,
  moveSwotItem,
  newItemId,
  normalizeCampaignDocument,
  swotQuadrantOrder,
  type CampaignDocument,
  type Lang,
} from '@ventanilla/domain/strategy/index';

export type SectionForm =
  'title' | 'diagnosis' | 'audiences' | 'swot' | 'objectives' | 'messages' | 'activities' | 'texts';

export const sectionForms: readonly SectionForm[] = [
  'title',
  'diagnosis',
  'audiences',
  'swot',
  'objectives',
  'messages',
  'activities',
  'texts',
];

export type DocKey = keyof CampaignDocument;

const textKeys = [
  'profile',
  'resources',
  'budget',
  'validation',
  'evaluationMethods',
  'timeline',
  'implementation',
  'finalReport',
] as const satisfies DocKey[];

/** A posted text, with the CRLF line ends browsers send for textareas turned back into LF. */
const str = (form: FormData, name: string) => String(form.get(name) ?? '').replace(/\r\n?/g, '\n');

/** Rows posted as `prefix.<i>.<field>`, in index order. */
function rows(form: FormData, prefix: string): Record<string, string>[] {
  const byIndex = new Map<number, Record<string, string>>();
  for (const [name, value] of form.entries()) {
    const match = name.match(new RegExp(`^${prefix}\\.(\\d+)\\.(\\w+)$`));
    if (!match || typeof value !== 'string') continue;
    const i = Number(match[1]);
    const row = byIndex.get(i) ?? {};
    row[match[2]!] = value;
    byIndex.set(i, row);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

/**
 * Applies one section's fields of the plan form to a copy of `document`. `op` is what the pressed
 * button asks of this section (save, remove:<id>, move:<id>:up|down, tows:<key>). Returns the
 * new plan and the document keys the section covers.
 */
export function applySectionForm({
  document,
  title,
  section,
  form,
  lang,
  op = 'save',
}: {
  document: CampaignDocument;
  title: string;
  section: SectionForm;
  form: FormData;
  lang: Lang;
  op?: string;
}): { document: CampaignDocument; title: string; keys: DocKey[] } {
  const doc: CampaignDocument = structuredClone(document);
  const removeId = op.startsWith('remove:') ? op.slice(7) : null;
  switch (section) {
    case 'title':
      return { document: doc, title: str(form, 'title'), keys: [] };
    case 'diagnosis':
      for (const q of diagnosisQuestions) doc.diagnosis[q.id] = str(form, `diagnosis.${q.id}`);
      return { document: doc, title, keys: ['diagnosis'] };
    case 'audiences': {
      doc.audiences = rows(form, 'aud')
        .filter((r) => r.id !== removeId)
        .map((r) => ({
          id: r.id || newItemId(),
          name: r.name ?? '',
          kind: r.kind === 'welcome' ? ('welcome' as const) : ('target' as const),
          interest: Number(r.interest),
          power: Number(r.power),
        }));
      const name = str(form, 'new.name').trim();
      if (name)
        doc.audiences.push({
          id: newItemId(),
          name,
          kind: str(form, 'new.kind') === 'welcome' ? 'welcome' : 'target',
          interest: Number(str(form, 'new.interest') || 5),
          power: Number(str(form, 'new.power') || 5),
        });
      return { document: doc, title, keys: ['audiences'] };
    }
    case 'swot': {
      let items = rows(form, 'swot')
        .filter((r) => r.id !== removeId)
        .map((r) => ({
          id: r.id || newItemId(),
          quadrant: r.quadrant as CampaignDocument['swot'][number]['quadrant'],
          text: r.text ?? '',
        }));
      for (const quadrant of swotQuadrantOrder) {
        for (const line of str(form, `new.${quadrant}`).split(/\r?\n/)) {
          if (line.trim()) items.push({ id: newItemId(), quadrant, text: line.trim() });
        }
      }
      items = swotQuadrantOrder.flatMap((q) => items.filter((i) => i.quadrant === q));
      const move = op.match(/^move:([\w-]+):(up|down)$/);
      if (move) items = moveSwotItem({ items, id: move[1]!, direction: move[2] as 'up' | 'down' });
      doc.swot = items;
      return { document: doc, title, keys: ['swot'] };
    }
    case 'objectives': {
      const read = (r: Record<string, string>) => ({
        id: r.id || newItemId(),
        audience: r.audience ?? '',
        impactCategory: (r.impactCategory ?? '') as never,
        effect: r.effect ?? '',
        indicator: (r.indicator ?? '') as never,
        target: r.target ? Number(r.target) : null,
        measurementNote: r.measurementNote ?? '',
        periodStart: r.periodStart ?? '',
        periodEnd: r.periodEnd ?? '',
      });
      const all = rows(form, 'obj').filter((r) => r.id !== removeId);
      doc.objectives = all
        .filter((r) => r.id !== 'new')
        .map(read)
        .concat(
          all
            .filter((r) => r.id === 'new' && (r.effect?.trim() || r.audience || r.target))
            .map((r) => read({ ...r, id: '' })),
        );
      return { document: doc, title, keys: ['objectives'] };
    }
    case 'messages': {
      doc.messages = rows(form, 'msg')
        .filter((r) => r.id !== removeId)
        .map((r) => ({
          id: r.id || newItemId(),
          text: r.text ?? '',
          tone: (r.tone ?? '') as never,
        }));
      const text = str(form, 'new.text').trim();
      if (text) doc.messages.push({ id: newItemId(), text, tone: str(form, 'new.tone') as never });
      return { document: doc, title, keys: ['messages'] };
    }
    case 'activities': {
      if (op.startsWith('tows:')) {
        const prompt = buildTowsPrompts({ items: doc.swot, lang, limit: 100 }).find(
          (p) => p.key === op.slice(5),
        );
        if (prompt)
          doc.activities.push({
            id: newItemId(),
            title: prompt.text,
            activityType: '',
            objectiveId: '',
            due: '',
            tows: prompt.strategy,
            linkedActivityIds: [],
          });
        return { document: doc, title, keys: ['activities'] };
      }
      const links = (i: number) => form.getAll(`act.${i}.links`).map(String);
      const posted = rows(form, 'act');
      doc.activities = posted
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.id !== removeId)
        .map(({ r, i }) => {
          const before = document.activities.find((a) => a.id === r.id);
          return {
            id: r.id || newItemId(),
            title: r.title ?? '',
            activityType: r.activityType ?? '',
            objectiveId: r.objectiveId ?? '',
            due: r.due ?? '',
            tows: before?.tows ?? '',
            linkedActivityIds: links(i),
          };
        });
      const title2 = str(form, 'new.title').trim();
      if (title2)
        doc.activities.push({
          id: newItemId(),
          title: title2,
          activityType: str(form, 'new.activityType'),
          objectiveId: str(form, 'new.objectiveId'),
          due: str(form, 'new.due'),
          tows: '',
          linkedActivityIds: form.getAll('new.links').map(String),
        });
      return { document: doc, title, keys: ['activities'] };
    }
    case 'texts': {
      const keys: DocKey[] = [];
      for (const key of textKeys) {
        if (form.has(key)) {
          doc[key] = str(form, key);
          keys.push(key);
        }
      }
      return { document: doc, title, keys };
    }
  }
}

/**
 * The pressed button of the plan form: `op` is `<section>/<what>` (`diagnosis/save`,
 * `audiences/remove:<id>`, `swot/move:<id>:up`, `activities/tows:<key>`). Enter in a field
 * without JavaScript presses the form's first button, a plain save of the title section.
 */
export function readPlanOp(form: FormData): { section: SectionForm; op: string } {
  const value = str(form, 'op');
  const slash = value.indexOf('/');
  const section = value.slice(0, slash) as SectionForm;
  if (slash < 0 || !sectionForms.includes(section)) return { section: 'title', op: 'save' };
  return { section, op: value.slice(slash + 1) || 'save' };
}

/**
 * Applies the whole plan form (every section it carries, listed in its `sections` fields) to a
 * copy of `document`, the plan as the page showed it: a save from any section stores what was
 * typed in all of them. Only the pressed button's section gets its `op`.
 */
export function applyPlanForm({
  document,
  title,
  form,
  lang,
}: {
  document: CampaignDocument;
  title: string;
  form: FormData;
  lang: Lang;
}): { document: CampaignDocument; title: string; section: SectionForm } {
  const pressed = readPlanOp(form);
  const posted = new Set(form.getAll('sections').map(String));
  let next = { document, title };
  for (const section of sectionForms) {
    if (!posted.has(section)) continue;
    const op = section === pressed.section ? pressed.op : 'save';
    next = applySectionForm({ ...next, section, form, lang, op });
  }
  return { ...next, section: pressed.section };
}

/** The document keys whose content differs between two plans (line ends aside). */
export function listChangedKeys(before: CampaignDocument, after: CampaignDocument): DocKey[] {
  const canonical = (value: unknown) => JSON.stringify(value).replaceAll('\\r\\n', '\\n');
  return (Object.keys(after) as DocKey[]).filter(
    (key) => canonical(before[key]) !== canonical(after[key]),
  );
}

/** The part of a plan a section touched, to send back when the writer keeps their version. */
export function pickKeys(document: CampaignDocument, keys: DocKey[]): Partial<CampaignDocument> {
  return Object.fromEntries(keys.map((k) => [k, document[k]]));
}

/** Puts a kept part back on top of the latest plan. */
export function mergeKeys(
  document: CampaignDocument,
  part: Partial<CampaignDocument>,
): CampaignDocument {
  return normalizeCampaignDocument({ value: { ...document, ...part } });
}

import { fail } from '@sveltejs/kit';
import { requireUser } from '@ventanilla/ui/server';
import { importT } from '#lib/import/translate.ts';
import type { Actions, PageServerLoad } from './$types';
import { dropUpload, findUpload, keepUpload, sendToApi } from './uploads.server.ts';

export const load: PageServerLoad = (event) => {
  const user = requireUser(event);
  return {
    hubs: user.hubs.map((h) => ({ code: h.code, name: h.name })),
    sizeLimit: describeBodyLimit(process.env.BODY_SIZE_LIMIT),
  };
};

/** adapter-node's BODY_SIZE_LIMIT (default 512K), as people read sizes: "50 MB". */
function describeBodyLimit(value: string | undefined): string {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]?)B?$/iu.exec((value ?? '512K').trim());
  if (!match) return value ?? '';
  const unit = { '': 'B', K: 'KB', M: 'MB', G: 'GB' }[
    match[2]!.toUpperCase() as '' | 'K' | 'M' | 'G'
  ];
  return `${match[1]} ${unit}`;
}

export const actions: Actions = {
  preview: async (event) => {
    requireUser(event);
    const tr = importT(event.locals.lang);
    const form = await event.request.formData();
    const file = form.get('file');
    const hub = String(form.get('hub') ?? '');
    if (!(file instanceof File) || file.size === 0)
      return fail(400, { message: tr('import.noFile') });
    const token = event.locals.token!;
    const upload = await keepUpload(token, file);
    const path = findUpload(token, upload)!;
    const report = await sendToApi({ path, token, dryRun: true, acceptValid: false, hub });
    if ('error' in report) {
      dropUpload(path);
      return fail(400, { message: tr('import.failed', { reason: report.error }) });
    }
    if (report.fileErrors.length) dropUpload(path);
    return { step: 'preview' as const, upload, hub, fileName: file.name, report };
  },
  commit: async (event) => {
    requireUser(event);
    const tr = importT(event.locals.lang);
    const form = await event.request.formData();
    const token = event.locals.token!;
    const path = findUpload(token, String(form.get('upload') ?? ''));
    if (!path) return fail(400, { message: tr('import.expired') });
    const report = await sendToApi({
      path,
      token,
      dryRun: false,
      acceptValid: form.get('mode') === 'valid',
      hub: String(form.get('hub') ?? ''),
    });
    if ('error' in report)
      return fail(400, { message: tr('import.failed', { reason: report.error }) });
    if (report.stored) dropUpload(path);
    return {
      step: 'done' as const,
      report,
      upload: report.stored ? '' : String(form.get('upload')),
      hub: String(form.get('hub') ?? ''),
    };
  },
};

import { createLineSplitter, LineTooLongError } from '#lib/import/ndjson.ts';
import { importT } from '#lib/import/translate.ts';
import type { RequestHandler } from './$types';
import {
  dropUpload,
  findUpload,
  keepWhileReading,
  newUpload,
  postToApi,
  readUpload,
  type ImportReport,
} from '../uploads.server.ts';

/**
 * The import page's JavaScript path (no multipart buffering): `POST /import/stream?step=preview`
 * with the file as the raw body, or `?step=commit&upload=ID&mode=valid|all` with no body. The
 * body goes to the API's `POST /imports` as it arrives (and into the kept upload for the commit
 * step); the answer is the API's ndjson passed on line by line:
 * `{"type":"upload","upload":ID}` (preview), `{"type":"progress","rows":N,"counts":{…}}` …,
 * then `{"type":"report","report":…}` or `{"type":"error","error":MESSAGE}`.
 * The `x-ventanilla-import` header keeps cross-site pages out (it needs a CORS preflight).
 */
export const POST: RequestHandler = async (event) => {
  const { user, token, lang } = event.locals;
  const tr = importT(lang);
  const line = (value: unknown) => `${JSON.stringify(value)}\n`;
  const errorResponse = (status: number, message: string) =>
    new Response(line({ type: 'error', error: message }), {
      status,
      headers: { 'content-type': 'application/x-ndjson; charset=utf-8' },
    });
  if (!user || !token) return errorResponse(401, tr('import.signedOut'));
  if (event.request.headers.get('x-ventanilla-import') !== '1')
    return errorResponse(403, tr('import.forbidden'));
  const params = event.url.searchParams;
  const hub = params.get('hub') ?? '';
  const step = params.get('step');

  let upload: { id: string; path: string };
  let keep: ReturnType<typeof keepWhileReading> | null = null;
  let body: ReadableStream<Uint8Array>;
  if (step === 'preview') {
    if (!event.request.body) return errorResponse(400, tr('import.noFile'));
    upload = newUpload(token);
    keep = keepWhileReading(event.request.body, upload.path);
    body = keep.stream;
  } else if (step === 'commit') {
    const id = params.get('upload') ?? '';
    const path = findUpload(token, id);
    if (!path) return errorResponse(400, tr('import.expired'));
    upload = { id, path };
    body = readUpload(path);
  } else return errorResponse(400, 'step?');

  let api: Response;
  try {
    api = await postToApi({
      body,
      token,
      dryRun: step === 'preview',
      acceptValid: params.get('mode') === 'valid',
      hub,
    });
  } catch (error) {
    keep?.abort();
    return errorResponse(400, failure(tr, error));
  }
  if (!api.ok || !api.body) {
    keep?.abort();
    const reason = ((await api.json().catch(() => ({}))) as { error?: string }).error;
    return errorResponse(
      api.status >= 400 ? api.status : 502,
      tr('import.failed', { reason: reason ?? String(api.status) }),
    );
  }

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const source = api.body.getReader();
  const splitter = createLineSplitter();
  /** Acts on the report line: the kept upload goes when it is of no further use. */
  const settle = async (text: string) => {
    const message = JSON.parse(text) as
      | { type: 'report'; report: ImportReport }
      | { type: 'error'; error: string }
      | { type: 'progress' };
    if (message.type === 'report') {
      const report = message.report;
      if (step === 'preview' && !report.fileErrors.length) await keep?.complete();
      else if (keep) keep.abort();
      else if (report.stored) dropUpload(upload.path);
    } else if (message.type === 'error') {
      if (keep) keep.abort();
      return line({ type: 'error', error: tr('import.failed', { reason: message.error }) });
    }
    return `${text}\n`;
  };
  const out = new ReadableStream<Uint8Array>({
    start(controller) {
      if (step === 'preview')
        controller.enqueue(encoder.encode(line({ type: 'upload', upload: upload.id })));
    },
    async pull(controller) {
      try {
        const { done, value } = await source.read();
        const lines = splitter.push(value ? decoder.decode(value, { stream: true }) : '');
        if (done) lines.push(...splitter.end());
        for (const text of lines) controller.enqueue(encoder.encode(await settle(text)));
        if (done) controller.close();
      } catch (error) {
        keep?.abort();
        const message =
          error instanceof LineTooLongError ? tr('import.reportTooLarge') : failure(tr, error);
        controller.enqueue(encoder.encode(line({ type: 'error', error: message })));
        controller.close();
        void source.cancel();
      }
    },
    cancel: (reason) => source.cancel(reason),
  });
  return new Response(out, {
    headers: {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    },
  });
};

/** A request body over BODY_SIZE_LIMIT fails with 413 while it is read. */
function failure(tr: ReturnType<typeof importT>, error: unknown): string {
  const status = (error as { status?: number; cause?: { status?: number } })?.status;
  const causeStatus = (error as { cause?: { status?: number } })?.cause?.status;
  if (status === 413 || causeStatus === 413) return tr('import.tooLarge');
  return tr('import.failed', { reason: error instanceof Error ? error.message : String(error) });
}

import { createLineSplitter, LineTooLongError } from '#lib/import/ndjson.ts';

/** What a streamed import ends with: the same shapes as the page's form actions. */
export type StreamOutcome<R> =
  | { message: string }
  | { step: 'preview'; upload: string; hub: string; fileName: string; report: R }
  | { step: 'done'; report: R; upload: string; hub: string };

/**
 * With JavaScript: the file goes as the raw body of one fetch() to /import/stream (no multipart
 * buffering); the ndjson answer gives the progress and then the report.
 */
export async function streamImport<R extends { stored: boolean }>({
  query,
  body,
  onProgress,
  messages,
}: {
  query: Record<string, string>;
  body: File | null;
  onProgress: (progress: { rows: number; rejected: number }) => void;
  /** Texts in the page language for a failed request, a too long report line, a too big file. */
  messages: { failed: (reason: string) => string; reportTooLarge: string; tooLarge: string };
}): Promise<StreamOutcome<R>> {
  const failed = (message: string) => ({ message });
  try {
    const response = await fetch(`/import/stream?${new URLSearchParams(query)}`, {
      method: 'POST',
      headers: {
        'x-ventanilla-import': '1',
        'content-type': 'application/octet-stream',
      },
      body,
    });
    if (!response.body) return failed(messages.failed(String(response.status)));
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const splitter = createLineSplitter();
    let upload = query.upload ?? '';
    let report: R | null = null;
    for (;;) {
      const { done, value } = await reader.read();
      const lines = splitter.push(value ?? '');
      if (done) lines.push(...splitter.end());
      for (const text of lines) {
        const message = JSON.parse(text);
        if (message.type === 'upload') upload = message.upload;
        else if (message.type === 'progress')
          onProgress({ rows: message.rows, rejected: message.counts?.rejected ?? 0 });
        else if (message.type === 'report') report = message.report;
        else if (message.type === 'error') return failed(message.error);
      }
      if (done) break;
    }
    if (!report) return failed(messages.failed(String(response.status)));
    const hub = query.hub ?? '';
    return query.step === 'preview'
      ? { step: 'preview', upload, hub, fileName: body?.name ?? '', report }
      : { step: 'done', report, upload: report.stored ? '' : upload, hub };
  } catch (error) {
    if (error instanceof LineTooLongError) return failed(messages.reportTooLarge);
    return failed(messages.tooLarge);
  }
}

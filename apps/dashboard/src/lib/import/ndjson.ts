/** The longest ndjson line the import page takes (a report of 1,000 detailed rows is ~2 MB). */
export const maxLineChars = 32 * 1024 * 1024;

/** A line past `maxLineChars`: the answer is refused instead of held in memory. */
export class LineTooLongError extends Error {
  constructor() {
    super(`ndjson line over ${maxLineChars} characters`);
    this.name = 'LineTooLongError';
  }
}

/**
 * Splits an ndjson stream into its non-empty lines as chunks arrive. Each chunk is scanned once:
 * re-splitting the whole buffer on every chunk made a long line (a report of a 100,000-column
 * file) cost the square of its length, and the preview never finished.
 */
export function createLineSplitter({ limit = maxLineChars }: { limit?: number } = {}) {
  let pending: string[] = [];
  let pendingLength = 0;
  const take = () => {
    const line = pending.join('');
    pending = [];
    pendingLength = 0;
    return line;
  };
  return {
    /** The lines completed by `chunk`. */
    push(chunk: string): string[] {
      const lines: string[] = [];
      let start = 0;
      for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
        pendingLength += end - start;
        if (pendingLength > limit) throw new LineTooLongError();
        pending.push(chunk.slice(start, end));
        const line = take();
        if (line.trim()) lines.push(line);
        start = end + 1;
      }
      if (start < chunk.length) {
        pending.push(chunk.slice(start));
        pendingLength += chunk.length - start;
        if (pendingLength > limit) throw new LineTooLongError();
      }
      return lines;
    },
    /** The last line, when the stream ends without a line break. */
    end(): string[] {
      const line = take();
      return line.trim() ? [line] : [];
    },
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';

/** A problem in the content, where a trainer can find it: `file:line: message`. */
export type ContentError = {
  file: string;
  line: number;
  message: string;
  /** Where the same thing was first written (a repeated id). */
  also?: { file: string; line: number };
};

export function formatError(error: ContentError, prefix = ''): string {
  const also = error.also ? ` (also at ${prefix}${error.also.file}:${error.also.line})` : '';
  return `${prefix}${error.file}:${error.line}: ${error.message}${also}`;
}

/** Thrown with every problem found, so one run lists them all. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((error) => formatError(error)).join('\n'));
  }
}

type Path = readonly (string | number)[];

/** One parsed YAML file that can say on which line any part of it sits. */
export class SourceFile {
  private readonly lines = new LineCounter();
  private readonly doc: Document;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true });
  }

  static read(root: string, file: string): SourceFile {
    return new SourceFile(file, readFileSync(join(root, file), 'utf8'));
  }

  /** YAML syntax errors (bad indentation, a repeated key…). */
  syntaxErrors(): ContentError[] {
    return this.doc.errors.map((error) => ({
      file: this.file,
      line: error.linePos?.[0].line ?? 1,
      message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, ''),
    }));
  }

  /** The line of the value at `path`, or of the nearest part of it that exists. */
  lineOf(path: Path): number {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return this.lines.linePos(range[0]).line;
    }
    return 1;
  }

  error(path: Path, message: string): ContentError {
    return { file: this.file, line: this.lineOf(path), message };
  }

  /** The file's data checked against `schema`, or the errors with their lines. */
  parse<S extends z.ZodType>(schema: S): { data: z.infer<S> } | { errors: ContentError[] } {
    const syntax = this.syntaxErrors();
    if (syntax.length > 0) return { errors: syntax };
    const result = schema.safeParse(this.doc.toJS());
    if (result.success) return { data: result.data };
    return {
      errors: result.error.issues.map((issue) => this.error(issue.path as Path, describe(issue))),
    };
  }
}

/** A zod issue in words a trainer understands, naming the field. */
function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.filter((part) => typeof part === 'string').at(-1);
  // Language texts name their language in the message already.
  const named = field === undefined || issue.message.startsWith(`the ${String(field)} text`);
  const where = named ? '' : `"${String(field)}": `;
  if (
    issue.code === 'invalid_type' &&
    issue.input === undefined &&
    !issue.message.includes(' text ')
  )
    return `${where}missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_union')
    return `${where}does not match any allowed form: ${unionHint(issue)}`;
  return `${where}${issue.message}`;
}

function unionHint(issue: z.core.$ZodIssueInvalidUnion): string {
  const first = issue.errors
    .map((errors) => errors[0])
    .filter((inner) => inner !== undefined)
    .sort((a, b) => b.path.length - a.path.length)[0];
  return first ? `${first.path.join('.')} ${first.message}`.trim() : issue.message;
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { sql } from 'drizzle-orm';
import { readLang } from './auth/request.ts';
import { buildContext, type Context } from './context.ts';
import type { Database } from './db/client.ts';
import { databaseUnavailable } from './db/unavailable.ts';
import { formatError } from './errors.ts';
import { handleImportUpload } from './import/http.ts';
import { handleXlsformDownload } from './xlsform/http.ts';
import { logEvent } from './log.ts';
import { localizeRequestErrors, maxTokens } from './request-errors.ts';
import { schema } from './schema/index.ts';

export type ApiOptions = {
  database: Database;
  /** Request body limit in bytes (default 1 MiB). */
  maxBodyBytes?: number;
};

export type Api = {
  apollo: ApolloServer<Context>;
  httpServer: Server;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
};

/** Why the HTTP layer refuses a request before GraphQL reads it, in the caller's words. */
const refusals = {
  tooLarge: { es: 'La solicitud es demasiado grande.', en: 'The request is too large.' },
  notJson: {
    es: 'El cuerpo de la solicitud no es JSON válido.',
    en: 'The request body is not valid JSON.',
  },
  charset: {
    es: 'Codificación no admitida: envíe UTF-8.',
    en: 'Unsupported charset: send UTF-8.',
  },
} as const;
type Refusal = keyof typeof refusals;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: Refusal,
  ) {
    super(reason);
  }
}

/**
 * A refusal as a GraphQL error with the public code BAD_REQUEST, like the ones Apollo gives a
 * malformed request, so clients and the fuzz tests read every refusal the same way.
 */
function sendRefusal(req: IncomingMessage, res: ServerResponse, error: HttpError): void {
  const message = refusals[error.reason][readLang(req.headers)];
  sendJson(res, error.status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new HttpError(413, 'tooLarge'));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'tooLarge'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** The GraphQL API (Apollo Server 5 on node:http) with /healthz. Call `listen` to serve. */
export async function createApi({
  database,
  maxBodyBytes = 1024 * 1024,
}: ApiOptions): Promise<Api> {
  const production = process.env.NODE_ENV === 'production';
  const armor = new ApolloArmor({
    // A fragment counts as the fields it stands for, where it is spread: the apps share
    // selections as fragments (gql.tada), and a spread must cost what its inlined fields cost.
    maxDepth: { n: 10, flattenFragments: true },
    costLimit: { maxCost: 5000, flattenFragments: true },
    maxAliases: { n: 15 },
    // The token limit is graphql-js's own (parseOptions below): armor's throws inside a plugin
    // hook, which Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      try {
        await database.db.execute(sql`select 1`);
        return sendJson(res, 200, { status: 'ok' });
      } catch {
        return sendJson(res, 503, { status: 'unavailable' });
      }
    }
    if (url.pathname === '/imports') return handleImportUpload({ db: database.db, req, res });
    if (url.pathname === '/xlsform') return handleXlsformDownload({ db: database.db, req, res });
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'Not found' });

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      const type = headers.get('content-type') ?? '';
      if (/^application\/(graphql-response\+)?json/i.test(type)) {
        if (!/charset=/i.test(type) || /charset=utf-8/i.test(type)) {
          try {
            body = raw === '' ? undefined : JSON.parse(raw);
          } catch {
            return sendRefusal(req, res, new HttpError(400, 'notJson'));
          }
        } else {
          return sendRefusal(req, res, new HttpError(415, 'charset'));
        }
      } else {
        body = raw;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: url.search,
        body,
      },
      // Building the context reads the session from the database: when that fails, the
      // database is unreachable, and the answer is 503 (retry), not 500.
      context: () =>
        buildContext({ db: database.db, headers: req.headers }).catch((error: unknown) => {
          logEvent('error', 'graphql.database_unavailable', {
            name: error instanceof Error ? error.name : typeof error,
            code: error instanceof Error && 'code' in error ? String(error.code) : undefined,
          });
          throw databaseUnavailable(readLang(req.headers));
        }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const httpServer = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) {
        res.setHeader('connection', 'close');
        return sendRefusal(req, res, error);
      }
      logEvent('error', 'http.unexpected_error', {
        name: error instanceof Error ? error.name : typeof error,
      });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.end();
    });
  });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    formatError,
    ...protection,
    parseOptions: { maxTokens },
    // Automatic persisted queries would keep a per-process cache (two API processes would
    // disagree) and no client of ours sends them.
    persistedQueries: false,
    plugins: [
      ...protection.plugins,
      localizeRequestErrors,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints are used (answers are private, no-store); the default cache-control
      // plugin would still wrap every field resolver of every request to compute them.
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: [...protection.validationRules],
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  return {
    apollo,
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost';
          resolve(`http://${shownHost}:${address.port}/graphql`);
        });
      }),
    stop: () => apollo.stop(),
  };
}

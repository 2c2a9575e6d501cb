/** postgres.js's `sql` as this wrapper sees it: methods taking and answering anything. */
type Method = (...args: unknown[]) => unknown;

/**
 * The postgres.js pool with every parameterized statement prepared, in transactions and
 * savepoints too. Drizzle sends its queries with `prepare: false`; postgres.js then asks the
 * server to describe each one before it can bind the parameters: two round trips a query, each
 * parsed and planned anew. A named statement, kept per connection, takes one round trip after
 * its first use and is parsed once (docs/benchmarks.md, "Load"). Statement texts vary only with
 * a filter's shape (values are always parameters), and postgres.js recycles each connection
 * after 30–60 minutes (`max_lifetime`), which bounds what a backend keeps prepared.
 */
export function preparingStatements<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'unsafe') return prepared(value as Method, target);
      if (key === 'begin' || key === 'savepoint') return wrapsScope(value as Method, target);
      return value;
    },
  });
}

function prepared(unsafe: Method, target: object): Method {
  return (query, params, options) => {
    // unsafe(query, options) is postgres.js's other spelling.
    if (params !== undefined && !Array.isArray(params)) [options, params] = [params, []];
    return unsafe.call(target, query, params ?? [], { ...(options as object), prepare: true });
  };
}

/** begin(fn) / begin(mode, fn) and savepoint(fn) / savepoint(name, fn): the scope's client too. */
function wrapsScope(method: Method, target: object): Method {
  return (...args) => {
    const fn = args.pop() as (scope: object) => unknown;
    return method.call(target, ...args, (scope: object) => fn(preparingStatements(scope)));
  };
}

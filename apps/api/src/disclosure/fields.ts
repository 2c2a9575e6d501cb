import type { Context } from '../context.ts';
import { publish, type Figure } from './figure.ts';

/**
 * Options for a schema field that publishes a figure: the one way a number computed from
 * records leaves the API. The `figure` extension lets the schema test (disclosure.test.ts) find
 * every numeric field a reviewer can reach that does not come through here.
 */
export function figureField<Parent>(
  toFigure: (parent: Parent, ctx: Context) => Figure | Promise<Figure>,
  description?: string,
) {
  return {
    ...(description ? { description } : {}),
    extensions: { figure: true },
    resolve: async (parent: Parent, _args: unknown, ctx: Context) =>
      publish(await toFigure(parent, ctx)),
  };
}

/**
 * SvelteKit options shared by both apps, spread into `sveltekit({ adapter, ...kitOptions })` in
 * vite.config.ts (plain JS so a Vite config can import it).
 */
export const kitOptions = {
  /**
   * Content-Security-Policy. SvelteKit adds nonces for its own inline scripts; nothing else
   * inline is allowed (no inline styles either: src/app.html uses a class).
   * @type {{ mode: 'auto', directives: Record<string, string[]> }}
   */
  csp: {
    mode: 'auto',
    directives: {
      'default-src': ['self'],
      'script-src': ['self'],
      'style-src': ['self'],
      'img-src': ['self', 'data:'],
      'font-src': ['self'],
      'connect-src': ['self'],
      'form-action': ['self'],
      'frame-ancestors': ['none'],
      'base-uri': ['self'],
      'object-src': ['none'],
    },
  },
  /**
   * SvelteKit's own origin check is replaced by the one in @ventanilla/ui/server's `handle`
   * (see csrf.ts): adapter-node 6 dropped the ORIGIN variable and assumes https unless a proxy
   * header says otherwise, so plain-http runs (local machines, tests) would fail it, while the
   * allowed origin must be set at run time (ports differ between machines and tests).
   */
  csrf: { trustedOrigins: ['*'] },
};

/**
 * SvelteKit options shared by both apps, spread into `sveltekit({ adapter, ...kitOptions })` in
 * vite.config.ts (plain JS so a Vite config can import it).
 */
export const kitOptions = {
  /**
   * Content-Security-Policy. SvelteKit adds nonces for its own inline scripts; nothing else
   * inline is allowed (no inline styles either: src/app.html uses a class), except the style
   * attribute of SvelteKit's route announcer, allowed by its hash in `style-src-attr`.
   * @type {{ mode: 'auto', directives: Record<string, string[]> }}
   */
  csp: {
    mode: 'auto',
    directives: {
      'default-src': ['self'],
      'script-src': ['self'],
      'style-src': ['self'],
      /*
       * The one inline style attribute allowed: SvelteKit's own route announcer
       * (`<div id="svelte-announcer" style="position: absolute; ...">` in @sveltejs/kit's
       * src/runtime/components/root.svelte), rendered in every app after hydration; blocked, it
       * logs a CSP error on every page and the announcer is no longer visually hidden. Only that
       * exact attribute value matches the hash (recompute it if a SvelteKit upgrade changes it).
       */
      'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
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
  /**
   * Stylesheets up to this size go inline into the page (with a CSP hash SvelteKit adds): a
   * first visit on a slow link paints with the HTML instead of waiting one more round trip
   * for render-blocking CSS. Ours are a few KB each.
   */
  inlineStyleThreshold: 10_000,
  /**
   * The app registers its service worker itself, once the page is idle
   * (start/service-worker.ts, from AppShell), not on `load` as SvelteKit would.
   */
  serviceWorker: { register: false },
};

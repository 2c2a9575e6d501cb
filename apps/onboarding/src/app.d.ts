// See https://svelte.dev/docs/kit/types#app.d.ts
// App.Locals comes from @ventanilla/ui/server (UiLocals): lang, token, user, apiUnavailable, api.
import type {} from '@ventanilla/ui/server';

declare global {
  namespace App {
    // interface Error {}
    // interface PageData {}
    // interface PageState {}
    // interface Platform {}
  }
}

export {};

export { default as AppShell } from './components/AppShell.svelte';
export { default as LanguageSwitch } from './components/LanguageSwitch.svelte';
export { default as SignInForm } from './components/SignInForm.svelte';
export { default as SkipLink } from './components/SkipLink.svelte';
export { default as ErrorView } from './components/ErrorView.svelte';
export * from './i18n/index.ts';
export type * from './types.ts';

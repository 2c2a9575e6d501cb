export { t, messages, type MessageKey } from './i18n.ts';

export type { Language } from './Language';
export { LANGUAGES, languageFor } from './Language';
export type { MessageKey } from './catalogue';
export { catalogue } from './catalogue';
export type { MessageParams, Say } from './formatMessage';
export { formatMessage, sayIn } from './formatMessage';
export { showPath, stripControls } from './displayText';

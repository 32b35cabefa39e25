/** The public face of the pure core. */
export * from './model';
export * from './assert-never';
export * from './parse/parse-issue';
export * from './document/initial-document';
export * from './document/apply';
export * from './document/paragraph-text';
export * from './document/session';
export * from './document/session-file';
export * from './document/source-coverage';

/** The UI name of each export format (export dialog, export all). */
import type { ExportFormat } from '../../core';
import type { StringKey } from '../i18n/strings';

/** String keys of the format names. */
export const formatNames: { readonly [F in ExportFormat]: StringKey } = {
  txt: 'formatText',
  md: 'formatMd',
  html: 'formatHtml',
  docx: 'formatDocx',
  json: 'formatJson',
  ninjs: 'formatNinjs',
  newsml: 'formatNewsml',
};

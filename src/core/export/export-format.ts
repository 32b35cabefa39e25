/** The export formats, their file extensions and media types, and the shape of an exported file. */
import type { Suggestion } from '../model';

/** Every format Galley exports. */
export type ExportFormat = 'txt' | 'md' | 'html' | 'docx' | 'json' | 'ninjs' | 'newsml';

/** All formats, in the order the export dialog lists them. */
export const exportFormats: readonly ExportFormat[] = ['txt', 'md', 'html', 'docx', 'json', 'ninjs', 'newsml'];

/** One file an export produces; node writes it. */
export interface ExportFile {
  /** Suggested file name (date + headline + extension), not sanitised: node makes it safe. */
  readonly name: string;
  /** What the name was made from, so node can build its own safe name. */
  readonly stem: { readonly date: string | null; readonly title: string; readonly extension: string };
  /** Text (written as UTF-8) or bytes. */
  readonly data: string | Uint8Array;
  readonly mediaType: string;
}

/** Options of exportIssue. */
export interface ExportOptions {
  /** One file per article instead of one for the issue. */
  readonly perArticle: boolean;
  /** The export time; core never reads the clock. */
  readonly now: Date;
  /** Suggestions still waiting for the editor, listed with their confidence in Galley JSON. */
  readonly pending?: readonly Suggestion[];
}

/** The file extension of a format (ninjs and NewsML-G2 use their conventional double extensions). */
export function formatExtension(format: ExportFormat): string {
  switch (format) {
    case 'txt':
      return 'txt';
    case 'md':
      return 'md';
    case 'html':
      return 'html';
    case 'docx':
      return 'docx';
    case 'json':
      return 'galley.json';
    case 'ninjs':
      return 'ninjs.json';
    case 'newsml':
      return 'newsml.xml';
  }
}

/** The media type of a format. */
export function formatMediaType(format: ExportFormat): string {
  switch (format) {
    case 'txt':
      return 'text/plain; charset=utf-8';
    case 'md':
      return 'text/markdown; charset=utf-8';
    case 'html':
      return 'text/html; charset=utf-8';
    case 'docx':
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    case 'json':
      return 'application/json';
    case 'ninjs':
      // ninjs has no registered media type; IPTC examples serve it as JSON.
      return 'application/json';
    case 'newsml':
      return 'application/vnd.iptc.g2.newsmessage+xml';
  }
}

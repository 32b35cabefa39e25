/** Small hand-made issues and helpers shared by the document-model tests. */
import { expect } from 'vitest';
import type { Block, Command, IssueDocument, Paragraph, Reason } from '../../../../src/core';
import { applyCommand, createInitialDocument, locateParagraph, paragraphText } from '../../../../src/core';

/**
 * Blocks separated by blank lines, trimmed of surrounding whitespace. A stand-in for the parser, so
 * these tests do not move when parsing heuristics change.
 */
export function blocksOf(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.split(/(\r\n|\r|\n)/);
  let offset = 0;
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start >= 0) blocks.push({ index: blocks.length, start, end, text: source.slice(start, end) });
    start = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const part = lines[i];
    if (i % 2 === 1) {
      offset += part.length;
      continue;
    }
    const lead = part.length - part.trimStart().length;
    if (part.trim() === '') close();
    else {
      if (start < 0) start = offset + lead;
      end = offset + part.trimEnd().length;
    }
    offset += part.length;
  }
  close();
  return blocks;
}

/** The unrepaired document of a source text. */
export function docOf(source: string): IssueDocument {
  return deepFreeze(createInitialDocument(source, blocksOf(source)));
}

/** Freeze a value and everything in it, so a test fails if applyCommand mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Offset of `needle` in `source`; fails the test when absent. */
export function offsetOf(source: string, needle: string, from = 0): number {
  const at = source.indexOf(needle, from);
  expect(at, `"${needle}" in source`).toBeGreaterThanOrEqual(0);
  return at;
}

/** Apply a command that must apply; returns the new (frozen) document. */
export function run(doc: IssueDocument, command: Command): IssueDocument {
  const outcome = applyCommand(doc, command);
  if (!outcome.applied) throw new Error(`expected ${command.kind} to apply: ${outcome.problem}`);
  return deepFreeze(outcome.doc);
}

/** Apply commands in order, each of which must apply. */
export function runAll(doc: IssueDocument, commands: readonly Command[]): IssueDocument {
  return commands.reduce(run, doc);
}

/** Apply a command that must be skipped; returns the problem. */
export function skipped(doc: IssueDocument, command: Command): string {
  const outcome = applyCommand(doc, command);
  if (outcome.applied) throw new Error(`expected ${command.kind} to be skipped`);
  expect(outcome.doc).toBe(doc);
  return outcome.problem;
}

/** Text of a paragraph (anywhere in the articles) by id. */
export function textOf(doc: IssueDocument, id: string): string {
  const at = locateParagraph(doc, id);
  if (!at) throw new Error(`paragraph ${id} not found`);
  return paragraphText(doc.source, at.paragraph);
}

/** Text of a head field, body paragraph or caption, or null. */
export function fieldText(doc: IssueDocument, field: Paragraph | null): string | null {
  return field ? paragraphText(doc.source, field) : null;
}

/** The body texts of an article. */
export function bodyOf(doc: IssueDocument, articleIndex = 0): string[] {
  return doc.articles[articleIndex].paragraphs.map((p) => paragraphText(doc.source, p));
}

/** The body paragraph ids of an article. */
export function idsOf(doc: IssueDocument, articleIndex = 0): string[] {
  return doc.articles[articleIndex].paragraphs.map((p) => p.id);
}

/** The texts of the removed pile. */
export function removedTexts(doc: IssueDocument): string[] {
  return doc.removed.map((r) => paragraphText(doc.source, r.paragraph));
}

/** A reason for commands made in tests. */
export const testReason: Reason = { zh: '测试', en: 'test' };

/** A Chinese issue: headline, byline, a paragraph hard-wrapped over two lines, a body line with an inline byline, furniture. */
export const zhIssue = [
  '城市更新迎来新进展',
  '',
  '本报记者 李华',
  '',
  '今年以来，我市推进老旧小区改造，',
  '惠及居民两万余户。',
  '',
  '改造后的小区环境焕然一新。（李华）',
  '',
  '责任编辑：周明',
].join('\n');

/** An English issue with CRLF line ends: headline, byline, a wrapped paragraph with a line-end hyphen, a jump line. */
export const enIssue = [
  'River Park Reopens',
  '',
  'By Jane Doe',
  '',
  'The park, closed for two years of infor-',
  'mation gathering and repairs,',
  'reopened on Monday.',
  '',
  'Visitors praised the new paths.',
  '',
  'Continued on page 4',
].join('\r\n');

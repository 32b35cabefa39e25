/** Fixture documents for export tests, built from small texts with fixed commands (not from analysis). */
import { applyCommand } from '../../../../src/core/document/apply';
import { createInitialDocument } from '../../../../src/core/document/initial-document';
import { parseIssue } from '../../../../src/core/parse/parse-issue';
import type { Command, IssueDocument, IssueMeta } from '../../../../src/core/model';

/** A fixed export time: goldens must not depend on the clock. */
export const fixedNow = new Date('2026-01-02T03:04:05.678Z');

/** Apply commands in order, failing loudly if one does not apply (a broken fixture, not a test result). */
export function buildDocument(source: string, commands: readonly Command[], meta: IssueMeta = {}): IssueDocument {
  let doc = createInitialDocument(source, parseIssue(source).blocks, meta);
  for (const command of commands) {
    const outcome = applyCommand(doc, command);
    if (!outcome.applied) throw new Error(`fixture command ${command.kind} did not apply: ${outcome.problem}`);
    doc = outcome.doc;
  }
  return doc;
}

const role = (paragraph: string, r: 'kicker' | 'headline' | 'subheadline' | 'byline' | 'caption'): Command => ({ kind: 'set-role', paragraph, role: r });
const split = (at: string, newArticle: string): Command => ({ kind: 'split-article', at, newArticle });

/** A hostile headline: markup, entity, quotes, control characters, bidi marks, emoji and a lone surrogate. */
export const hostileHeadline = '<b>Tom & "Jerry"</b> \'it\'s\' \u0007bell\u0000 \u202Eevil\u202C \u200F\u05e9\u05dc\u05d5\u05dd 😀 lone\ud800 ]]> --> {{x}} # *md* [l](u)';

/** Chinese fixture: a page header and two articles (kicker, headline, subheadline, byline, body, caption). */
export const zhSource = [
  '人民日报　1998年1月5日　星期一　第3版',
  '',
  '引题：春风又绿江南岸',
  '',
  '城市更新让老街焕发新生',
  '',
  '——来自苏州平江路的报道',
  '',
  '本报记者 许立群',
  '',
  '　　清晨，平江路上的石板还带着露水，早点铺已经开门迎客。',
  '',
  '　　“老街要住人，也要留人。”街道负责人说。',
  '',
  '平江路一景（本报记者 许立群摄）',
  '',
  '标题占位',
  '',
  '本报讯　记者在城东看到，新建的图书馆已经对外开放。',
  '',
].join('\n');

/** The Chinese fixture document; the second article's headline is replaced by the hostile one. */
export function zhDocument(): IssueDocument {
  return buildDocument(zhSource, [
    { kind: 'set-meta', meta: { publication: '人民日报', date: '1998-01-05', page: '3', language: 'zh' } },
    role('p1', 'kicker'),
    role('p2', 'headline'),
    role('p3', 'subheadline'),
    role('p4', 'byline'),
    role('p7', 'caption'),
    split('p8', 'a1'),
    role('p8', 'headline'),
    { kind: 'edit-text', paragraph: 'p8', text: hostileHeadline },
    { kind: 'set-role', paragraph: 'p0', role: 'junk', removalId: 'r-header' },
  ]);
}

/** English fixture: a page header, two articles, a wrapped paragraph. */
export const enSource = [
  '3 | The Daily News',
  '',
  'CITY HALL',
  '',
  'Council Approves New Library',
  '',
  'A vote of 7 to 2 after a long night',
  '',
  'By Jane Smith',
  '',
  'The city council voted on Tuesday to build a new library',
  'on the site of the old bus depot.',
  '',
  'Work starts in spring & ends in 2027.',
  '',
  'The old depot in 1950. (Archive photo)',
  '',
  'Placeholder',
  '',
  'Rain is expected all week.',
  '',
].join('\n');

/** The English fixture document, with a hostile headline on the second article. */
export function enDocument(): IssueDocument {
  return buildDocument(enSource, [
    { kind: 'set-meta', meta: { publication: 'The Daily News', date: '2026-05-27', page: '3', language: 'en' } },
    role('p1', 'kicker'),
    role('p2', 'headline'),
    role('p3', 'subheadline'),
    role('p4', 'byline'),
    { kind: 'join', first: 'p5', second: 'p6', separator: ' ' },
    role('p8', 'caption'),
    split('p9', 'a1'),
    role('p9', 'headline'),
    { kind: 'edit-text', paragraph: 'p9', text: hostileHeadline },
    { kind: 'set-role', paragraph: 'p0', role: 'junk', removalId: 'r-header' },
  ]);
}

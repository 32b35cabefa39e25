/**
 * The golden-file document: the sample issue's blocks split into its seven articles by fixed commands
 * (not by analysis, which is still changing), with roles, one join and one removal.
 */
import type { Command, IssueDocument } from '../../../../src/core/model';
import { buildDocument } from './fixtures';

const role = (paragraph: string, r: 'kicker' | 'headline' | 'subheadline' | 'byline' | 'caption'): Command => ({ kind: 'set-role', paragraph, role: r });
const split = (at: string, newArticle: string): Command => ({ kind: 'split-article', at, newArticle });

/** Commands that turn the initial document of resources/samples/shuozhou-daily-2023-05-27.txt into articles. */
export const sampleCommands: readonly Command[] = [
  { kind: 'set-meta', meta: { publication: '朔州日报', date: '2023-05-27', language: 'zh' } },
  { kind: 'join', first: 'p15', second: 'p16', separator: '' },
  { kind: 'join', first: 'p12', second: 'p13', separator: '' },
  split('p22', 'a1'),
  split('p28', 'a2'),
  split('p36', 'a3'),
  split('p44', 'a4'),
  split('p51', 'a5'),
  split('p57', 'a6'),
  role('p0', 'kicker'),
  role('p1', 'headline'),
  role('p2', 'subheadline'),
  role('p3', 'byline'),
  role('p22', 'headline'),
  role('p28', 'headline'),
  role('p36', 'kicker'),
  role('p37', 'headline'),
  role('p48', 'headline'),
  role('p51', 'kicker'),
  role('p52', 'headline'),
  role('p57', 'kicker'),
  role('p58', 'headline'),
  role('p59', 'caption'),
  role('p65', 'byline'),
  role('p66', 'caption'),
  { kind: 'set-role', paragraph: 'p25', role: 'junk', removalId: 'r1' },
];

/** The sample issue as a fixed document. */
export function sampleDocument(source: string): IssueDocument {
  return buildDocument(source, sampleCommands);
}

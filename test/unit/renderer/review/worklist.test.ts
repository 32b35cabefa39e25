import { describe, expect, it } from 'vitest';
import { createInitialDocument, paragraphText, parseIssue } from '../../../../src/core';
import { buildWorklist } from '../../../../src/renderer/review/worklist';

// Written for this test: a paragraph cut after "进一步加强" whose rest stands ten paragraphs later.
const paragraphs = [
  '本报讯 昨天上午，市里召开基层治理工作会议，总结去年工作，部署今年任务。',
  '会议强调，今年要在服务群众上下功夫，我们要进一步加强',
  '会议要求，各区县要结合实际，制定具体方案。',
  // A headline still in the body (its role not yet decided) has no sentence end but is not unfinished.
  '文化节在城南公园开幕',
  '本报讯 周六上午，第三届市民文化节在城南公园开幕，吸引了众多市民前来参加。',
  '开幕式上，来自各地的艺术团体表演了精彩的节目。',
  '文化节期间，公园还将举办书画展和摄影展。',
  '组委会介绍，本届文化节共安排了二十多项活动。',
  '不少市民带着孩子一起参加活动，现场气氛热烈。',
  '许多家庭一早就来到公园，在草地上野餐。',
  '志愿者们在各个路口为市民指路。',
  '基层治理能力建设，把服务送到群众家门口。',
  '，大家纷纷点赞。',
];
const text = paragraphs.join('\n\n');
const doc = createInitialDocument(text, parseIssue(text).blocks);
const idOf = (start: string): string => {
  const p = doc.articles.flatMap((a) => a.paragraphs).find((x) => paragraphText(text, x).startsWith(start));
  if (!p) throw new Error(start);
  return p.id;
};

describe('buildWorklist', () => {
  const list = buildWorklist(doc);

  it('lists the paragraphs that end unfinished or open like a continuation, in reading order, and no others (no head line)', () => {
    expect(list.map((e) => e.paragraph)).toEqual([idOf('会议强调'), idOf('，大家')]);
    expect(list[0].reasons).toEqual(['unfinished']);
    expect(list[1].reasons).toEqual(['continuation']);
  });

  it('ranks a continuation-like opening, then the far paragraph that shares its words, first among an unfinished end\'s partners', () => {
    const partners = list[0].partners;
    expect(partners.length).toBe(3);
    expect(partners.slice(0, 2).map((p) => p.paragraph)).toEqual([idOf('，大家'), idOf('基层治理')]);
    expect(partners[1].command).toEqual({ kind: 'join', first: idOf('会议强调'), second: idOf('基层治理') });
    expect(partners.map((p) => p.score)).toEqual([...partners.map((p) => p.score)].sort((a, b) => b - a));
  });

  it('offers the unfinished ends as partners of a continuation-like opening, the join putting the end first', () => {
    expect(list[1].partners.map((p) => p.command)).toEqual([{ kind: 'join', first: idOf('会议强调'), second: idOf('，大家') }]);
  });

  it('is built once per document', () => {
    expect(buildWorklist(doc)).toBe(list);
  });
});

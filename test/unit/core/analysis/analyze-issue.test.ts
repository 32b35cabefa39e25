import { describe, expect, it } from 'vitest';
import { analyzeIssue } from '../../../../src/core/analysis/analyze-issue';
import { applyThreshold, initialDocumentFor, repairIssue } from '../../../../src/core/analysis/repair-issue';
import { applyCommands } from '../../../../src/core/document/apply';
import { allParagraphs, isSourceHeldBy } from '../../../../src/core/document/source-coverage';
import { toScorerJson } from '../../../../src/core/export/scorer-json';
import type { IssueDocument } from '../../../../src/core/model';
import { testLexicon, zhOnly } from './test-lexicon';

/** These tests check what the engine proposes: every suggestion applied, as if the editor accepted all. */
const APPLY_ALL = applyThreshold('all');

/** Every non-blank source character is held somewhere: an article field, a paragraph, a caption or the removed pile. */
function expectNothingLost(doc: IssueDocument): void {
  const holders = allParagraphs(doc);
  const whole = { id: 'all', pieces: [{ kind: 'source' as const, start: 0, end: doc.source.length }] };
  expect(isSourceHeldBy(doc.source, whole, holders)).toBe(true);
}

const zhIssue = [
  '第一条新闻的标题',
  '本报讯（记者 张三）今天上午，市里召开会议，研究推动市级政',
  '务服务平台建设工作。会议指出，要把服务落到实处。',
  '会议要求，各部门加强协作。一是加强领导。二是完善制度。五是国际化程度创新高。六是国际化程度创新高。七是国际化程度创新高。',
  '人民日报 2023年5月27日 星期六 第3版',
  '第二条新闻的标题',
  '第二条新闻的第一段文字，讲述了项目的进展，提出解决方案。',
  '方案。对于存在的问题，有关部门将逐一整改落实到位。',
  '图为工人在车间作业（新华社记者 王某 摄）',
  '第二条新闻的最后一段文字，总结了全年的工作。（李四 王五）',
].join('\n\n');

describe('analyzeIssue (Chinese)', () => {
  const { doc } = repairIssue(zhIssue, testLexicon, APPLY_ALL);
  const out = toScorerJson(doc);

  it('finds the articles with their headlines', () => {
    expect(out.articles.map((a) => a.headline)).toEqual(['第一条新闻的标题', '第二条新闻的标题']);
  });

  it('joins a paragraph broken mid-word and keeps the byline written inside it', () => {
    expect(out.articles[0].paragraphs[0]).toBe('本报讯（记者 张三）今天上午，市里召开会议，研究推动市级政务服务平台建设工作。会议指出，要把服务落到实处。');
    expect(out.articles[0].byline).toBe('记者 张三');
  });

  it('removes the repetition loop but keeps the genuine enumeration', () => {
    expect(out.articles[0].paragraphs[1]).toBe('会议要求，各部门加强协作。一是加强领导。二是完善制度。五是国际化程度创新高。');
  });

  it('removes page furniture and the overlap duplicated at a break', () => {
    expect(out.removed).toContain('人民日报 2023年5月27日 星期六 第3版');
    expect(out.removed).toContain('方案。');
    expect(out.articles[1].paragraphs[0]).toBe('第二条新闻的第一段文字，讲述了项目的进展，提出解决方案。对于存在的问题，有关部门将逐一整改落实到位。');
  });

  it('recognises the caption and the closing signature', () => {
    expect(out.articles[1].captions).toEqual(['图为工人在车间作业（新华社记者 王某 摄）']);
    expect(out.articles[1].byline).toBe('李四 王五');
    expect(out.articles[1].paragraphs[1]).toBe('第二条新闻的最后一段文字，总结了全年的工作。（李四 王五）');
  });

  it('loses no source character', () => {
    expectNothingLost(doc);
  });

  it('gives every suggestion a confidence in [0, 1] and reasons in both languages', () => {
    const { suggestions } = analyzeIssue(zhIssue, testLexicon);
    expect(suggestions.length).toBeGreaterThan(5);
    for (const s of suggestions) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.reason.zh).not.toBe('');
      expect(s.reason.en).not.toBe('');
    }
  });
});

describe('misplaced fragments and displaced heads (Chinese)', () => {
  it('re-attaches a fragment that stands two blocks away, matched over the issue', () => {
    const text = [
      '标题甲',
      '第一段说明了情况，我们的工作归根',
      '另一段完整的文字在这里，它自成一段。',
      '结底是为了人民群众的利益，大家都很认同。',
      '最后一段文字也是完整的一段。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles[0].paragraphs).toEqual([
      '第一段说明了情况，我们的工作归根结底是为了人民群众的利益，大家都很认同。',
      '另一段完整的文字在这里，它自成一段。',
      '最后一段文字也是完整的一段。',
    ]);
  });

  it('gives paragraphs above a headline back to its article when they open with a dateline', () => {
    const text = [
      '前一条新闻的标题',
      '前一条新闻的第一段文字，说的是前一件事情。',
      '前一条新闻的第二段文字，说的还是前一件事情。',
      '本报讯 今天，后一条新闻的事情发生了，大家都很关心。',
      '后一条新闻的标题',
      '后一条新闻的第二段文字，继续说后一件事情。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles.map((a) => a.headline)).toEqual(['前一条新闻的标题', '后一条新闻的标题']);
    expect(out.articles[1].paragraphs[0]).toBe('本报讯 今天，后一条新闻的事情发生了，大家都很关心。');
    expect(out.articles[0].paragraphs).toHaveLength(2);
  });

  it('keeps a closing dateline line with the article it ends, even above the next headline', () => {
    const text = [
      '前一条新闻的标题',
      '前一条新闻的第一段文字，说的是前一件事情。',
      '前一条新闻的第二段文字，说的还是前一件事情。',
      '（本报布加勒斯特１月２０日电）',
      '后一条新闻的标题',
      '后一条新闻的第一段文字，说后一件事情。',
      '后一条新闻的第二段文字，继续说后一件事情。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles[0].paragraphs.at(-1)).toBe('（本报布加勒斯特１月２０日电）');
    expect(out.articles[1].paragraphs[0]).toBe('后一条新闻的第一段文字，说后一件事情。');
  });

  it('gives a paragraph above a headline back to its article when it shares the headline\'s words', () => {
    const text = [
      '岁月之歌',
      '岁月如歌，驱赶着我们从天真的童年走向少年，从热血的青年走向沉静的中年。',
      '在岁月面前，你总抵不住一份诱惑，一丝紧迫，一声叹息。',
      '时间公正无私，必将收割一切，谁也不能例外。',
      '春夏秋冬，晨昏昼夜，有序更迭，从不停歇。',
      '或许仅是因此，我们便没有理由愧对岁月，当珍爱之。',
      '所以我要说，拥有了岁月之情光阴之爱的人，才是最幸福的人。',
      '年根儿了，岁月匆匆，一张张贺卡飞越关山，从他乡飘至案头。',
      '温馨的贺卡',
      '面对这些印刷精美的卡片，读着那些诗句和祝辞，喜悦之情油然而生。',
      '每一张都是一份牵挂，一声问候。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles.map((a) => a.headline)).toEqual(['岁月之歌', '温馨的贺卡']);
    expect(out.articles[1].paragraphs[0]).toBe('年根儿了，岁月匆匆，一张张贺卡飞越关山，从他乡飘至案头。');
    expect(out.articles[0].paragraphs).toHaveLength(6);
  });

  it('re-attaches the rest of an enumeration cut after its first number ("启迪是：一、" … "投入…；二、…")', () => {
    const text = [
      '海南教育纪事',
      '海南建省十年，教育面貌发生了喜人的变化。他们给人的启迪是：一、',
      '老师们在全国聘选，据说选一应十，真是难得。',
      '学生们的成绩也提高了不少，家长们都很满意。',
      '投入——播种希望；二、途径——联办之路；三、定位——求实为上。',
      '今后的路还很长，大家都有信心。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles[0].paragraphs).toEqual([
      '海南建省十年，教育面貌发生了喜人的变化。他们给人的启迪是：一、投入——播种希望；二、途径——联办之路；三、定位——求实为上。',
      '老师们在全国聘选，据说选一应十，真是难得。',
      '学生们的成绩也提高了不少，家长们都很满意。',
      '今后的路还很长，大家都有信心。',
    ]);
  });

  it('re-joins an article continued on a later page', () => {
    const text = [
      '甲文章标题',
      '甲文章的第一段文字。',
      '甲文章的第二段文字。',
      '（下转第5版）',
      '乙文章标题',
      '乙文章的第一段文字。',
      '丙文章标题',
      '丙文章的第一段文字。',
      '（上接第1版）',
      '甲文章的第三段文字。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles.map((a) => a.headline)).toEqual(['甲文章标题', '乙文章标题', '丙文章标题']);
    expect(out.articles[0].paragraphs).toEqual(['甲文章的第一段文字。', '甲文章的第二段文字。', '甲文章的第三段文字。']);
    expect(out.removed).toEqual(expect.arrayContaining(['（下转第5版）', '（上接第1版）']));
  });
});

describe('analyzeIssue (English)', () => {
  const text = [
    'Bank profits rise again',
    'By Jane Smith',
    'The bank said on Monday that its profits had risen for the third year, helped by the infor-',
    'mation business and a well-',
    'known brand. Analysts had expected a smaller rise.',
    'Page 3',
    'Shares rose 3% in early trading. (Reporting by Rachel Clarke)',
  ].join('\n\n');
  const { doc } = repairIssue(text, testLexicon, APPLY_ALL);
  const out = toScorerJson(doc);

  it('finds the headline and the byline line', () => {
    expect(out.articles).toHaveLength(1);
    expect(out.articles[0].headline).toBe('Bank profits rise again');
    expect(out.articles[0].byline).toBe('By Jane Smith');
  });

  it('joins "infor-" + "mation" and keeps "well-" + "known"', () => {
    expect(out.articles[0].paragraphs[0]).toBe(
      'The bank said on Monday that its profits had risen for the third year, helped by the information business and a well-known brand. Analysts had expected a smaller rise.',
    );
  });

  it('removes page furniture and loses nothing', () => {
    expect(out.removed).toContain('Page 3');
    expectNothingLost(doc);
  });
});

describe('robustness', () => {
  it('never throws on empty, blank or odd text', () => {
    for (const text of ['', '\n\n', '。。。', 'a', '（', '第3版', '\u3000\u3000x\n\u3000\u3000y']) {
      expect(() => repairIssue(text, testLexicon, APPLY_ALL)).not.toThrow();
    }
  });
});

describe('repetition loops across blocks', () => {
  it('removes both loops of an enumeration and keeps each block its genuine items', () => {
    const text = [
      '标题丙',
      '特点体现在：一是规格创新高。二是规模创新高。三是热度创新高。六是规模创新高。七是规模创新高。',
      '另有数据，发布新闻二百余条。三是热度创新高。六是规模创新高。七是规模创新高。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles[0].paragraphs).toEqual([
      '特点体现在：一是规格创新高。二是规模创新高。三是热度创新高。六是规模创新高。',
      '另有数据，发布新闻二百余条。三是热度创新高。六是规模创新高。',
    ]);
  });

  it('removes a verbatim loop repeated again at the end of a later block, every copy', () => {
    const text = ['标题丁', '开头的一句话。会谈取得了积极成果。会谈取得了积极成果。会谈取得了积极成果。', '后来又说了别的事情。会谈取得了积极成果。会谈取得了积极成果。'].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles[0].paragraphs).toEqual(['开头的一句话。会谈取得了积极成果。', '后来又说了别的事情。']);
  });
});

describe('jumps that cut a paragraph', () => {
  const expectRejoined = (parts: readonly string[]): void => {
    const out = toScorerJson(repairIssue(parts.join('\n\n'), testLexicon, APPLY_ALL).doc);
    expect(out.articles.map((a) => a.headline)).toEqual(['甲文章标题', '乙文章标题', '丙文章标题']);
    expect(out.articles[0].paragraphs).toEqual(['甲文章的第一段文字。', '甲文章的第二段文字说到了市级政务服务平台建设的问题。', '甲文章的第四段文字。']);
  };

  it('joins the halves across the jump lines and drops the repeated headline', () => {
    expectRejoined(['甲文章标题', '甲文章的第一段文字。', '甲文章的第二段文字说到了市级政', '（下转第5版）', '乙文章标题', '乙文章的第一段文字。',
      '丙文章标题', '丙文章的第一段文字。', '甲文章', '（上接第1版）', '务服务平台建设的问题。', '甲文章的第四段文字。']);
  });

  it('joins the halves when the markers are glued to the text', () => {
    expectRejoined(['甲文章标题', '甲文章的第一段文字。', '甲文章的第二段文字说到了市级政（下转第5版）', '乙文章标题', '乙文章的第一段文字。',
      '丙文章标题', '丙文章的第一段文字。', '(上接第1版)务服务平台建设的问题。', '甲文章的第四段文字。']);
  });

  it('does the same in English, with the repeated capitalised headline removed', () => {
    const text = ['Bank profits rise', 'The bank said its profits rose in the', '(Continued on Page 6)', 'Other story here', 'Another story text is here.',
      'Third story', 'Third story text.', '(Continued from Page 2)', 'BANK PROFITS RISE', 'third quarter, helped by trading.', 'More text follows.'].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles[0].paragraphs).toEqual(['The bank said its profits rose in the third quarter, helped by trading.', 'More text follows.']);
    expect(out.removed).toEqual(expect.arrayContaining(['(Continued on Page 6)', '(Continued from Page 2)', 'BANK PROFITS RISE']));
  });
});

describe('intertitles', () => {
  it('keeps a series of "某某：…" subheads inside their article as body text', () => {
    const text = ['好妈妈的故事', '这里有一批教子有方的好妈妈。', '张三：能吃苦的孩子知努力', '张三家的房子很旧，孩子却很努力。', '李四：用爱心送子进大学',
      '李四说，孩子考上了大学。', '下一条新闻标题', '下一条新闻的文字。'].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles.map((a) => a.headline)).toEqual(['好妈妈的故事', '下一条新闻标题']);
    expect(out.articles[0].paragraphs).toContain('张三：能吃苦的孩子知努力');
  });
});

describe('analyzeIssue: a head-like line cut at a column end', () => {
  it('joins a short line to a block that cannot open anything ("…都很" / "大，…")', () => {
    const text = [
      '第一条新闻的标题',
      '本报讯今天上午，市里召开会议，研究推动工作。会议指出，要把服务落到实处。',
      '这批新建住宅的面积都很',
      '大，采光也好，居民十分满意。各部门将逐一整改落实到位。',
      '第二条新闻的标题',
      '本报讯第二条新闻的第一段文字，讲述了项目的进展。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles[0].paragraphs).toContain('这批新建住宅的面积都很大，采光也好，居民十分满意。各部门将逐一整改落实到位。');
    expect(out.articles.map((a) => a.headline)).toEqual(['第一条新闻的标题', '第二条新闻的标题']);
  });
});

describe('analyzeIssue: a head-like line whose rest moved', () => {
  it('joins it to a block a few blocks away when a word spans the junction ("…中心临" / "时办公点…")', () => {
    const text = [
      '第一条新闻的标题',
      '本报讯今天上午，市里召开会议，研究推动工作。会议指出，要把服务落到实处。',
      '我市新建的社区服务中心临',
      '第二段文字，讲述了项目的进展。',
      '第三段文字，总结了全年的工作。',
      '时办公点今天正式启用，方便居民就近办事。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, zhOnly(['临时', '办公', '社区', '服务', '中心']), APPLY_ALL).doc);
    expect(out.articles.flatMap((a) => a.paragraphs)).toContain('我市新建的社区服务中心临时办公点今天正式启用，方便居民就近办事。');
    expect(out.articles.map((a) => a.headline)).toEqual(['第一条新闻的标题']);
  });
});

describe('analyzeIssue: a list item after a dangling end', () => {
  it('does not take the list item as the continuation, but the fragment further on', () => {
    const text = [
      '第一条新闻的标题',
      '本报讯今天上午，市里召开会议，研究推动工作。会议指出，要把服务落到实处，',
      '一、加强领导，完善制度。',
      '二、加强协作，落实责任。',
      '形成了良好的工作局面。',
    ].join('\n\n');
    const analysis = analyzeIssue(text, testLexicon);
    const joins = analysis.suggestions.filter((s) => s.command.kind === 'join');
    const seconds = joins.map((s) => {
      const command = s.command;
      return command.kind === 'join' ? analysis.blocks.find((b) => `p${b.index}` === command.second)?.text : '';
    });
    expect(seconds).toContain('形成了良好的工作局面。');
    expect(seconds).not.toContain('一、加强领导，完善制度。');
  });
});

describe('analyzeIssue: alternatives of a join', () => {
  // Two ends cut inside "归根|结底" and one fragment "结底…": either end could be its beginning.
  const text = [
    '标题甲',
    '本报讯 开头一段交代了背景，内容完整。',
    '第一段说明了情况，我们的工作归根',
    '另一段完整的文字在这里，它自成一段。',
    '结底是为了人民群众的利益，大家都很认同。',
    '第三段也说到了问题，问题归根',
    '最后一段文字也是完整的一段。',
  ].join('\n\n');
  const analysis = analyzeIssue(text, testLexicon);
  const joins = analysis.suggestions.filter((s) => s.command.kind === 'join');

  it('lists the rival readings it weighed, best first, each with its own confidence, reason and ranges', () => {
    const alternatives = joins.flatMap((s) => s.alternatives ?? []);
    expect(alternatives.length).toBeGreaterThanOrEqual(2);
    for (const s of joins) {
      const confidences = (s.alternatives ?? []).map((a) => a.confidence);
      expect(confidences.length).toBeLessThanOrEqual(3);
      expect(confidences).toEqual([...confidences].sort((x, y) => y - x));
    }
    for (const a of alternatives) {
      expect(a.command.kind).toBe('join');
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.reason.zh).not.toBe('');
      expect(a.ranges).toHaveLength(2);
    }
  });

  it('gives, applied instead of its suggestion, the reading the alternative names', () => {
    for (const s of joins) {
      for (const alt of s.alternatives ?? []) {
        const commands = analysis.suggestions.map((x) => (x === s ? alt.command : x.command));
        const doc = applyCommands(initialDocumentFor(text, analysis), commands, () => false, () => {});
        const out = toScorerJson(doc).articles.flatMap((a) => [a.headline, ...a.paragraphs]);
        const [end, start] = alt.ranges.map((r) => text.slice(r.start, r.end));
        expect(out.some((p) => p?.includes(end + start))).toBe(true);
      }
    }
  });
});

describe('analyzeIssue: a jump after paragraphs that stand above the first headline', () => {
  it('re-joins the continued part to the article that jumped, not the one after it', () => {
    const text = [
      '本报讯 头版导语一段，交代了今天的要闻。',
      '第一条新闻的标题',
      '第一条新闻的第一段文字，说的是第一件事情。',
      '第一条新闻的第二段文字，还没有说完。（下转第二版）',
      '第二条新闻的标题',
      '第二条新闻的第一段文字，说的是第二件事情。',
      '第三条新闻的标题',
      '第三条新闻的第一段文字，说的是第三件事情。',
      '（上接第一版）第一条新闻的第三段文字，在这里说完。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    const first = out.articles.find((a) => a.headline === '第一条新闻的标题');
    expect(first?.paragraphs.at(-1)).toContain('第一条新闻的第三段文字，在这里说完。');
    const second = out.articles.find((a) => a.headline === '第二条新闻的标题');
    expect(second?.paragraphs.join('')).not.toContain('第三段');
  });
});

describe('analyzeIssue: a displaced headline below a short article', () => {
  it('takes back the paragraph above it that is about its own topic, though the article above has only three', () => {
    const text = [
      '城市公园改造工程启动',
      '城市公园改造工程今天启动，全市十二座公园将分批改造，增加绿地和健身设施。',
      '改造期间，公园照常开放，施工区域设置围挡，市民游览不受影响。',
      '水稻新品种亩产创新高，科研人员培育的水稻新品种在试验田里获得丰收。',
      '水稻新品种通过专家验收',
      '专家组认为，这个水稻新品种抗病能力强，适合在南方稻区推广种植。',
      '科研人员表示，水稻新品种明年将在更多地区试种。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles.map((a) => a.headline)).toEqual(['城市公园改造工程启动', '水稻新品种通过专家验收']);
    expect(out.articles[0].paragraphs).toHaveLength(2);
    expect(out.articles[1].paragraphs[0]).toBe('水稻新品种亩产创新高，科研人员培育的水稻新品种在试验田里获得丰收。');
  });
});

describe('analyzeIssue: names under a headline', () => {
  it('reads a line with a comma above a bare name as the headline and the name as its byline', () => {
    const text = [
      '第一条新闻的标题',
      '第一条新闻的第一段文字，说的是第一件事情。',
      '边界上，两国国旗同降——边境小镇参观记',
      '齐长明',
      '瓦加是一个边境小镇，位于两国边界线上，每天傍晚都有降旗仪式。',
    ].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles.map((a) => a.headline)).toEqual(['第一条新闻的标题', '边界上，两国国旗同降——边境小镇参观记']);
    expect(out.articles[1].byline).toBe('齐长明');
  });

  it('reads two names run together under a headline as its byline', () => {
    const text = ['第一条新闻的标题', '第一条新闻的第一段文字，说的是第一件事情。', '扼住疯狂', '赵志文王桦', '海关查扣了一批走私物品，案值巨大。'].join('\n\n');
    const out = toScorerJson(repairIssue(text, testLexicon, APPLY_ALL).doc);
    expect(out.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['第一条新闻的标题', null],
      ['扼住疯狂', '赵志文王桦'],
    ]);
  });
});

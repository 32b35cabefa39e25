import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

// Written for this test: the end of a meeting report ("…进一步加强") lost its rest, which stands eight
// paragraphs later inside the next article, too far for the engine's fragment search to suggest it.
const paragraphs = [
  '市里召开基层治理工作会议',
  '本报讯 昨天上午，市里召开基层治理工作会议，总结去年工作，部署今年任务。',
  '会议指出，过去一年全市上下齐心协力，各项工作取得明显成效。',
  '会议要求，各区县要结合实际，制定具体方案。',
  '会议还通报了去年的考核结果，表彰了一批先进集体。',
  '会议强调，今年要在服务群众上下功夫，我们要进一步加强',
  '文化节在城南公园开幕',
  '本报讯 周六上午，第三届市民文化节在城南公园开幕，吸引了众多市民前来参加。',
  '开幕式上，来自各地的艺术团体表演了精彩的节目。',
  '文化节期间，公园还将举办书画展和摄影展。',
  '组委会介绍，本届文化节共安排了二十多项活动。',
  '不少市民带着孩子一起参加活动，现场气氛热烈。',
  '许多家庭一早就来到公园，在草地上野餐。',
  '志愿者们在各个路口为市民指路。',
  '基层治理能力建设，把服务送到群众家门口。',
  '文化节将持续到本月底。',
];
const cutEnd = '我们要进一步加强';

// Open as the app does by default: only the confident changes applied, the rest left to review (a
// suggestion applied wrongly would hide the unfinished end the worklist is for).
test.use({ harnessApply: 'confident' });
const fragment = '基层治理能力建设，把服务送到群众家门口。';

test('a misplaced fragment with no suggestion is fixed from the worklist in at most three keys', async ({ galley, harness, page }) => {
  const path = join(harness.dir, 'misplaced.txt');
  await writeFile(path, `${paragraphs.join('\n\n')}\n`);
  await galley.openAndWait(path, 'misplaced.txt');
  const joined = galley.paragraphs.filter({ hasText: cutEnd + fragment });
  await expect(joined).toHaveCount(0);

  await page.getByTestId('review-tab-worklist').click();
  const worklist = page.getByTestId('worklist');
  await expect(worklist).toBeFocused();
  const active = worklist.locator('[data-testid="worklist-item"][aria-selected="true"]');
  await expect(active).toHaveCount(1);

  // Walk to the unfinished paragraph, then take its first partner: every key counts.
  let keys = 0;
  while (!((await active.innerText()).includes(cutEnd)) && keys < 3) {
    await page.keyboard.press('ArrowDown');
    keys++;
  }
  await expect(active).toContainText(cutEnd);
  // The issue pane shows the paragraph being worked on.
  await expect(galley.issuePane.locator('[data-testid="paragraph"][aria-selected="true"]')).toContainText(cutEnd);
  await expect(active.getByTestId('worklist-partner').first()).toContainText(fragment.slice(0, 10));
  await page.keyboard.press('1');
  keys++;
  expect(keys).toBeLessThanOrEqual(3);

  await expect(joined).toHaveCount(1);
  await expect(galley.paragraphs.filter({ hasText: fragment })).toHaveCount(1);
  await expect(worklist.locator('[data-testid="worklist-item"]', { hasText: cutEnd })).toHaveCount(0);
  // One undo step takes the join back.
  await page.keyboard.press('Control+z');
  await expect(joined).toHaveCount(0);
});

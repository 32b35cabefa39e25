/** Page object for the workbench: data-testid locators and the actions specs share. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The workbench as seen by a test. */
export class GalleyPage {
  readonly app: Locator;
  readonly source: Locator;
  readonly issuePane: Locator;
  readonly paragraphs: Locator;
  readonly articles: Locator;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('app');
    this.source = page.getByTestId('source-pane');
    this.issuePane = page.getByTestId('issue-pane');
    this.paragraphs = page.getByTestId('paragraph');
    this.articles = page.getByTestId('article-card');
  }

  /** Load the app and wait until it says it is ready. */
  async open(url: string): Promise<void> {
    const errors: string[] = [];
    this.page.on('pageerror', (e) => errors.push(e.message));
    await this.page.goto(url);
    await expect(this.page.locator('[data-app-state="ready"]'), `page errors: ${errors.join('; ')}`).toBeVisible({ timeout: 30_000 });
    await expect(this.source.locator('.view-lines')).toBeVisible();
  }

  /** The paragraph row with a given id. */
  paragraph(id: string): Locator {
    return this.issuePane.locator(`[data-paragraph-id="${id}"]`);
  }

  /** Paragraph ids in display order. */
  async paragraphIds(): Promise<string[]> {
    return this.paragraphs.evaluateAll((els) => els.map((e) => e.getAttribute('data-paragraph-id') ?? ''));
  }

  /** Body paragraph ids of one article (by position), in order. */
  async bodyIds(article = 0): Promise<string[]> {
    return this.articles
      .nth(article)
      .locator('[data-testid="paragraph"][data-role="body"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-paragraph-id') ?? ''));
  }

  /** The source selection as core offsets, read from the source pane. */
  async sourceSelection(): Promise<{ start: number; end: number }> {
    const [start, end] = await this.source.evaluate((el) => [Number(el.dataset.selectionStart), Number(el.dataset.selectionEnd)]);
    return { start, end };
  }

  /** Export through the dialog to `path` in a format; returns the preview text shown. */
  async exportTo(path: string, format: 'txt' | 'md' | 'html' | 'docx' | 'json' | 'ninjs' | 'newsml' = 'txt'): Promise<string> {
    await this.page.getByTestId('export-button').click();
    const dialog = this.page.getByTestId('export-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('export-format').selectOption(format);
    await dialog.getByTestId('export-path').fill(path);
    const preview = await dialog.getByTestId('export-preview').inputValue();
    await dialog.getByTestId('export-confirm').click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('status-notice')).toContainText(path);
    return preview;
  }
}

/** Page object for the workbench: data-testid locators and the actions specs share. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The workbench as seen by a test. */
export class GalleyPage {
  readonly app: Locator;
  readonly source: Locator;
  readonly issuePane: Locator;
  readonly paragraphs: Locator;
  readonly articles: Locator;
  readonly tabs: Locator;
  readonly workspaceIssues: Locator;

  constructor(readonly page: Page) {
    this.app = page.getByTestId('app');
    this.source = page.getByTestId('source-pane');
    this.issuePane = page.getByTestId('issue-pane');
    this.paragraphs = page.getByTestId('paragraph');
    this.articles = page.getByTestId('article-card');
    this.tabs = page.getByTestId('tab');
    this.workspaceIssues = page.getByTestId('workspace-issue');
  }

  /** Open a file through the toolbar's path dialog (the harness has no native dialog); does not wait. */
  async openFile(path: string): Promise<void> {
    await this.page.getByTestId('open-button').click();
    await this.page.getByTestId('open-path').fill(path);
    await this.page.getByTestId('open-confirm').click();
  }

  /** Open a file and wait until it is shown and analysed. */
  async openAndWait(path: string, name: string): Promise<void> {
    await this.openFile(path);
    await expect(this.page.getByTestId('status-file')).toHaveText(name);
    await this.waitReady();
  }

  /** Wait until the shown issue is analysed. */
  async waitReady(): Promise<void> {
    await expect(this.page.locator('[data-app-state="ready"]')).toBeVisible({ timeout: 30_000 });
  }

  /** Open a folder as the workspace through its path dialog. */
  async openFolder(path: string): Promise<void> {
    await this.page.getByTestId('open-folder-button').click();
    await this.page.getByTestId('folder-path').fill(path);
    await this.page.getByTestId('folder-confirm').click();
    await expect(this.page.getByTestId('workspace-panel')).toBeVisible();
  }

  /** The tab of an issue, by file name. */
  tab(name: string): Locator {
    return this.tabs.filter({ has: this.page.getByTestId('tab-select').getByText(name, { exact: true }) });
  }

  /** Reopen the shown issue with an encoding chosen from the status bar and wait until it is analysed. */
  async reopenWithEncoding(id: string, label: string): Promise<void> {
    await this.page.getByTestId('encoding-button').click();
    await this.page.getByTestId(`encoding-option-${id}`).click();
    await expect(this.page.getByTestId('encoding-button')).toHaveText(label);
    await this.waitReady();
  }

  /** The workspace entry of an issue, by file name. */
  workspaceIssue(name: string): Locator {
    return this.workspaceIssues.filter({ hasText: name });
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

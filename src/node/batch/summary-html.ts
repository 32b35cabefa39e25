import { basename, relative, sep } from 'node:path';
import type { BatchSummary } from './batch-types';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A link to a file under the report's folder: `./` and each segment percent-encoded, so no file name
 * can make the link a scheme (`javascript:alert(1).json`), a query or an absolute URL.
 */
export function relativeHref(outDir: string, path: string): string {
  return `./${relative(outDir, path).split(sep).map(encodeURIComponent).join('/')}`;
}

/** A self-contained HTML page summarising a batch, with links to each issue's output. */
export function renderBatchSummaryHtml(summary: BatchSummary, outDir: string): string {
  const rows = summary.issues
    .map((issue) => {
      const status = issue.ok ? (issue.upToDate ? 'up to date' : 'ok') : 'failed';
      const outputs = (issue.outputs ?? [])
        .map((path) => `<a href="${escapeHtml(relativeHref(outDir, path))}">${escapeHtml(basename(path))}</a>`)
        .join(' ');
      return `<tr class="${issue.ok ? 'ok' : 'failed'}"><td>${escapeHtml(basename(issue.input))}</td><td>${status}</td><td>${issue.articles ?? ''}</td><td>${issue.automaticFixes ?? ''}</td><td>${issue.pendingSuggestions ?? ''}</td><td>${escapeHtml([issue.error ?? '', ...(issue.warnings ?? [])].filter(Boolean).join('; '))}</td><td>${outputs}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Galley batch report</title>
<style>
body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .6rem;text-align:left}
tr.failed td{background:#fdecea}td:nth-child(n+3):nth-child(-n+5){text-align:right}
</style></head><body>
<h1>Galley batch report</h1>
<p>${summary.total} issues, ${summary.succeeded} repaired, ${summary.failed} failed, ${summary.skippedUpToDate} already up to date.
${summary.megabytes.toFixed(2)} MB in ${summary.seconds.toFixed(1)} s with ${summary.jobs} worker(s). Format: ${escapeHtml(summary.format)}.
Started ${escapeHtml(summary.startedAt)}.</p>
<table><thead><tr><th>Issue</th><th>Status</th><th>Articles</th><th>Automatic fixes</th><th>Pending suggestions</th><th>Problems</th><th>Output</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
}

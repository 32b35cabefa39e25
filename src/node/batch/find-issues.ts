import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fail, ok, type Result } from '../../shared/result';

/** Turn a glob (`*`, `?`, `**`) into a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      pattern += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') pattern += '[^/]*';
    else if (c === '?') pattern += '[^/]';
    else pattern += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

async function walk(dir: string, recursive: boolean, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive && !entry.name.startsWith('.')) await walk(path, recursive, out);
    } else if (entry.isFile()) out.push(path);
  }
}

/** Whether a file looks like an issue text and not one of Galley's own outputs or sidecars. */
function isIssueText(path: string): boolean {
  return /\.txt$/i.test(path) && !/\.galley\.json$/i.test(path);
}

/**
 * The folder a target's files are found under, whose layout the outputs mirror: the folder itself, the
 * fixed part of a glob (`scans/` of `scans/**\/*.txt`), or a single file's folder.
 */
export async function issueRoot(target: string): Promise<string> {
  const globAt = target.search(/[*?]/);
  if (globAt >= 0) return resolve(target.slice(0, target.lastIndexOf('/', globAt) + 1) || '.');
  try {
    return (await stat(target)).isFile() ? dirname(resolve(target)) : resolve(target);
  } catch {
    return resolve(target);
  }
}

/**
 * The issue files named by a folder (its .txt files, not recursive) or a glob (`scans/**\/*.txt`),
 * sorted by path so batch output is stable.
 */
export async function findIssueFiles(target: string): Promise<Result<string[]>> {
  const globAt = target.search(/[*?]/);
  try {
    if (globAt < 0) {
      const info = await stat(target);
      if (info.isFile()) return ok([resolve(target)]);
      const files: string[] = [];
      await walk(resolve(target), false, files);
      return ok(files.filter(isIssueText).sort());
    }
    const base = target.slice(0, target.lastIndexOf('/', globAt) + 1) || '.';
    const matcher = globToRegExp(target.slice(base === '.' ? 0 : base.length));
    const files: string[] = [];
    await walk(resolve(base), target.includes('**') || target.slice(base.length).includes('/'), files);
    return ok(
      files
        .filter((file) => matcher.test(relative(resolve(base), file).split(sep).join('/')))
        .sort(),
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'not-found' : 'unreadable', `${target}: ${code === 'ENOENT' ? 'no such file or folder' : 'cannot be read'}`);
  }
}

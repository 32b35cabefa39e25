/**
 * The script batch workers run: the prebuilt bundle of the worker (out/cli/batch-worker.mjs, built with
 * the command's own bundle by bin/cli-bundle.mjs at install, or here when missing or stale). Loading the
 * TypeScript sources through tsx cost every worker about a third of a second of CPU. The bundle lives in
 * the package, not in a temporary folder, so a batch killed with -9 leaves nothing behind. When no bundle
 * can be built, workers fall back to tsx.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The entry workers start from. */
export interface WorkerScript {
  readonly url: URL;
  /** Whether `url` is the bundle (false: the tsx fallback). */
  readonly bundled: boolean;
  /** Why there is no bundle, when there is none. */
  readonly fallbackReason?: string;
  /** Releases what the script needs (nothing for the bundle, which stays for the next batch). */
  readonly dispose: () => Promise<void>;
}

/** What bin/cli-bundle.mjs exports (a plain script, so that the `galley` bin can run it before any TypeScript). */
interface CliBundles {
  freshBundle(name: 'galley' | 'batch-worker'): Promise<string | null>;
}


/**
 * The package's root folder: the nearest folder above this module with Galley's package.json. This
 * module runs from src/node/batch (sources) and from out/cli (the command's bundle).
 */
function packageRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'galley') return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The worker entry that loads the TypeScript sources through tsx (found from the package root, as this module may run bundled). */
export function fallbackEntry(): URL {
  const root = packageRoot();
  return root ? pathToFileURL(join(root, 'src', 'node', 'batch', 'worker-entry.mjs')) : new URL('./worker-entry.mjs', import.meta.url);
}

/** The worker bundle, built first when missing or stale; on any failure, the tsx entry instead. */
export async function prepareWorkerScript(): Promise<WorkerScript> {
  const none = async (): Promise<void> => {};
  try {
    const root = packageRoot();
    if (!root) throw new Error('the galley package folder was not found');
    // Imported by its path at run time, so the command's bundle does not take a copy of the builder.
    const bundles = (await import(pathToFileURL(join(root, 'bin', 'cli-bundle.mjs')).href)) as CliBundles;
    const path = await bundles.freshBundle('batch-worker');
    if (!path) throw new Error('the worker bundle could not be built');
    return { url: pathToFileURL(path), bundled: true, dispose: none };
  } catch (error) {
    return {
      url: fallbackEntry(),
      bundled: false,
      fallbackReason: error instanceof Error ? error.message.split('\n')[0] : String(error),
      dispose: none,
    };
  }
}

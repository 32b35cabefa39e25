/**
 * The script batch workers run. Loading the TypeScript sources through tsx costs every worker about a
 * third of a second of CPU (tsx starts its own loader thread per worker and each of the ~50 modules goes
 * through it), so a batch first bundles the worker into one plain ES module in a temporary folder with
 * esbuild, the compiler tsx itself runs on, once (~0.1 s) — no build step before `npx galley batch`.
 * Packages stay outside the bundle, imported from where Node would resolve them. When bundling is not
 * possible, workers fall back to tsx.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The entry workers start from, and how to clean it up once the batch is over. */
export interface WorkerScript {
  readonly url: URL;
  /** Whether `url` is the bundle (false: the tsx fallback). */
  readonly bundled: boolean;
  /** Why there is no bundle, when there is none. */
  readonly fallbackReason?: string;
  readonly dispose: () => Promise<void>;
}

/** The parts of esbuild's API used here (esbuild comes with tsx, which is a dependency). */
interface EsbuildPlugin {
  name: string;
  setup(build: {
    onResolve(
      options: { filter: RegExp },
      callback: (args: { path: string; importer: string; kind: string; resolveDir: string; pluginData?: unknown }) => Promise<unknown> | unknown,
    ): void;
    resolve(path: string, options: { kind: string; resolveDir: string; importer: string; pluginData: unknown }): Promise<{ path: string; errors: readonly unknown[] }>;
  }): void;
}
interface Esbuild {
  build(options: Record<string, unknown> & { plugins: EsbuildPlugin[] }): Promise<{ errors: readonly unknown[] }>;
}

/** The worker entry that loads the TypeScript sources through tsx. */
export const fallbackEntry = new URL('./worker-entry.mjs', import.meta.url);
const mainSource = fileURLToPath(new URL('./worker-main.ts', import.meta.url));
const resolving = Symbol('galley-resolving');

/** esbuild as tsx resolves it, so the same copy tsx transpiles with. */
function loadEsbuild(): Esbuild {
  const fromHere = createRequire(import.meta.url);
  const fromTsx = createRequire(fromHere.resolve('tsx/package.json'));
  return fromTsx('esbuild') as Esbuild;
}

/** Keep packages out of the bundle, but import them by absolute URL so the bundle can live in /tmp. */
const externalPackages: EsbuildPlugin = {
  name: 'galley-external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === resolving) return undefined;
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: resolving });
      if (found.errors.length > 0) return undefined;
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

/** Bundle the worker into a fresh temporary folder; on any failure, the tsx entry instead. */
export async function prepareWorkerScript(): Promise<WorkerScript> {
  let dir: string | null = null;
  // A batch stopped with Ctrl+C ends through process.exit (see the batch command): remove the bundle then too.
  const removeOnExit = (): void => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  const dispose = async (): Promise<void> => {
    process.off('exit', removeOnExit);
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  try {
    const esbuild = loadEsbuild();
    dir = await mkdtemp(join(tmpdir(), 'galley-batch-worker-'));
    process.once('exit', removeOnExit);
    const outfile = join(dir, 'worker.mjs');
    await esbuild.build({
      entryPoints: [mainSource],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      // As tsx compiles: for this Node, and keeping function and class names.
      target: `node${process.versions.node}`,
      keepNames: true,
      logLevel: 'silent',
      plugins: [externalPackages],
    });
    return { url: pathToFileURL(outfile), bundled: true, dispose };
  } catch (error) {
    await dispose();
    return {
      url: fallbackEntry,
      bundled: false,
      fallbackReason: error instanceof Error ? error.message.split('\n')[0] : String(error),
      dispose: async () => {},
    };
  }
}

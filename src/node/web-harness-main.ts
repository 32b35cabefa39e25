/** `npm run web -- [file]`: start the harness on the file (or the bundled sample) and serve until stopped. */
import { resolve } from 'node:path';
import { createGalleyService } from './services';
import { createWebHostService } from './web-host-service';
import { defaultRendererDir, startHarness } from './web-harness';

/** Run the harness; resolves when it is listening. */
export async function main(args: readonly string[], resourcesDir: string): Promise<void> {
  const file = args.find((a) => !a.startsWith('-'));
  const service = createGalleyService({
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    startupPath: file ? resolve(process.env.INIT_CWD ?? process.cwd(), file) : null,
    resourcesDir,
    stateDir: null,
    // Tests use a small soft limit to exercise "open anyway?" without writing 50 MB files.
    softLimitBytes: process.env.GALLEY_SOFT_LIMIT_BYTES ? Number(process.env.GALLEY_SOFT_LIMIT_BYTES) : undefined,
  });
  const harness = await startHarness({
    calls: { ...service, ...createWebHostService() },
    rendererDir: process.env.GALLEY_RENDERER_DIR ?? defaultRendererDir(),
    port: Number(process.env.GALLEY_WEB_PORT ?? 0),
  });
  // Exactly one line: tests and people read the URL from it.
  process.stdout.write(`Galley web harness: ${harness.url}\n`);
  const stop = (): void => {
    void harness.close().then(() => process.exit(0));
    // Open keep-alive connections would hold close() back; do not wait for them.
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

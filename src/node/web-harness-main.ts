/** `npm run web -- [file]`: start the harness on the file (or the bundled sample) and serve until stopped. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { APPLY_MODES } from '../core/analysis/repair-issue';
import { createGalleyService } from './services';
import { createWebHostService } from './web-host-service';
import { defaultRendererDir, startHarness } from './web-harness';

/** Run the harness; resolves when it is listening. `--apply confident|all|none` sets what opening applies. */
export async function main(args: readonly string[], resourcesDir: string): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { apply: { type: 'string' } } });
  const file = positionals[0];
  if (values.apply !== undefined && !(APPLY_MODES as readonly string[]).includes(values.apply)) {
    throw new Error(`unknown --apply '${values.apply}' (one of: ${APPLY_MODES.join(', ')})`);
  }
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
  const url = values.apply === undefined ? harness.url : `${harness.url}&apply=${values.apply}`;
  process.stdout.write(`Galley web harness: ${url}\n`);
  const stop = (): void => {
    void harness.close().then(() => process.exit(0));
    // Open keep-alive connections would hold close() back; do not wait for them.
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

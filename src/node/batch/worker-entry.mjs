// Batch worker thread when no bundle could be made (see worker-script.ts): loads the TypeScript sources
// through tsx, then runs the worker loop.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');

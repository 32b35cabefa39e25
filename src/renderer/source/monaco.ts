/** Monaco, bundled (no CDN): the small editor API and its one worker, loaded from our own origin. */
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import './monaco-contributions';

// Without an explicit worker factory Monaco inlines a broken data-URL worker (see STACK.md).
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };

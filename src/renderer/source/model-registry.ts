/** Monaco models belong to open documents, not components: one model per open issue (tab), disposed when it closes. */
import { monaco } from './monaco';

const models = new Map<string, { readonly text: string; readonly model: monaco.editor.ITextModel }>();

/** The model of an open issue's text; a new text under the same key (reopened with another encoding) replaces it. */
export function modelForIssue(key: string, text: string): monaco.editor.ITextModel {
  const entry = models.get(key);
  if (entry && entry.text === text && !entry.model.isDisposed()) return entry.model;
  entry?.model.dispose();
  const model = monaco.editor.createModel(text, 'plaintext', monaco.Uri.from({ scheme: 'galley', path: `/${encodeURIComponent(key)}` }));
  models.set(key, { text, model });
  return model;
}

/** Dispose the model of an issue whose tab closed. */
export function disposeModel(key: string): void {
  models.get(key)?.model.dispose();
  models.delete(key);
}

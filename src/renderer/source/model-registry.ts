/** Monaco models belong to opened issues, not to components: one model per issue, disposed when replaced. */
import { monaco } from './monaco';

let current: { readonly key: string; readonly model: monaco.editor.ITextModel } | null = null;

/** The model for an issue's text (created once per issue; the previous issue's model is disposed). */
export function modelForIssue(key: string, text: string): monaco.editor.ITextModel {
  if (current && current.key === key && !current.model.isDisposed()) return current.model;
  current?.model.dispose();
  const model = monaco.editor.createModel(text, 'plaintext', monaco.Uri.from({ scheme: 'galley', path: `/${encodeURIComponent(key)}` }));
  current = { key, model };
  return model;
}

/** The editor's deletions (source gaps, see provenance.ts), given by the issue pane to its rows. */
import { createContext } from 'react';

/** "start-end" keys of the source text the editor deleted while editing. */
export const EditorDeletionsContext = createContext<ReadonlySet<string>>(new Set());

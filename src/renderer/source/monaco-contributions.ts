/**
 * The Monaco contributions the source pane uses beyond the bare `editor.api`: the find widget (Ctrl+F,
 * F3, Shift+F3) and the hovers, which show a suggestion's reason and confidence over its text and over its
 * glyph-margin marker. `editor.api` alone registers neither, so without these imports Ctrl+F does nothing
 * and decoration hovers never appear.
 */
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';

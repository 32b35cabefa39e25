/** Renderer entry: styles, the one error boundary, the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openStartupIssue } from './actions';
import { App } from './app';
import { ErrorBoundary } from './shell/error-boundary';
import './styles.css';

// Before the first render: the host asked for the start-up issue while the bundle loaded, so the app's first frame
// can already show it (no empty workbench rendered first and thrown away).
void openStartupIssue();
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

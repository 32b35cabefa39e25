/** Renderer entry: styles, the one error boundary, the app. */
// First, so the start-up issue is on its way while the rest of the bundle (Monaco alone ~2.3 MB) is evaluated.
import './startup-prefetch';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ErrorBoundary } from './shell/error-boundary';
import './styles.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

/** The script the harness injects as `window.galley`: every contract call becomes POST /api/<name>. */
import { callChannels } from '../shared/ipc';

/** The bridge script's source (plain JS, loaded from our origin so the CSP needs no 'unsafe-inline'). */
export function bridgeScript(): string {
  const names = JSON.stringify(Object.keys(callChannels));
  return `"use strict";
(() => {
  const token = new URLSearchParams(location.search).get('token') || '';
  const call = (name) => async (...args) => {
    let response;
    try {
      response = await fetch('/api/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-galley-token': token },
        body: JSON.stringify(args),
      });
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: 'Harness unreachable: ' + error.message } };
    }
    if (!response.ok) return { ok: false, error: { code: 'internal', message: 'Harness answered HTTP ' + response.status } };
    return response.json();
  };
  const api = {};
  for (const name of ${names}) api[name] = call(name);
  // Asked for now, while the page loads its bundle; the first startupIssue() call takes this answer (as in the preload).
  let early = api.startupIssue();
  early.catch(() => {});
  const askAgain = api.startupIssue;
  api.startupIssue = () => {
    const answer = early || askAgain();
    early = null;
    return answer;
  };
  // No menus or second instances in a browser tab: subscriptions never fire.
  api.on = () => () => {};
  api.pathForFile = () => null;
  Object.defineProperty(window, 'galley', { value: Object.freeze(api), enumerable: true });
})();
`;
}

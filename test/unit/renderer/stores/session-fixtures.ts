// What the session-store tests share: a role suggestion and the statuses the store shows.
import type { Suggestion } from '../../../../src/core';
import { sessionStore } from '../../../../src/renderer/stores/session-store';

/** A suggestion to make a paragraph a headline, with the given confidence. */
export const suggestion = (id: string, paragraph: string, confidence: number): Suggestion => ({
  id,
  kind: 'role',
  basis: 'role:test',
  command: { kind: 'set-role', paragraph, role: 'headline' },
  confidence,
  reason: { zh: '标题', en: 'Headline' },
  ranges: [],
});

/** The status of every suggestion of the current session, in order. */
export const statuses = () => [...sessionStore.get().statuses.values()];

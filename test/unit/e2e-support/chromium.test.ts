import { describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/support/chromium';

describe('findChromium', () => {
  it('uses $GALLEY_CHROMIUM when it exists and refuses it when it does not', () => {
    expect(findChromium({ GALLEY_CHROMIUM: process.execPath })).toBe(process.execPath);
    expect(() => findChromium({ GALLEY_CHROMIUM: '/nonexistent/chromium' })).toThrow(/GALLEY_CHROMIUM=\/nonexistent\/chromium does not exist/);
  });
});

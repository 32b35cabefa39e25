import { describe, expect, it, vi } from 'vitest';
import { createOpenRequests } from '../../../src/main/open-requests';

describe('createOpenRequests', () => {
  it('keeps a request made before the window for start-up, then sends later ones to the page', () => {
    const send = vi.fn();
    const requests = createOpenRequests(send);
    requests.request('/early.txt');
    expect(send).not.toHaveBeenCalled();
    expect(requests.startupPath('/argv.txt')).toBe('/early.txt');
    // Taken once: a reload of the page falls back to the command line.
    expect(requests.startupPath('/argv.txt')).toBe('/argv.txt');
    requests.attach();
    requests.request('/later.txt');
    expect(send).toHaveBeenCalledWith('/later.txt');
    requests.detach();
    requests.request('/after-close.txt');
    expect(send).toHaveBeenCalledTimes(1);
    expect(requests.startupPath(null)).toBe('/after-close.txt');
  });
});

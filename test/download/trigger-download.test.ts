import { afterEach, describe, expect, it, vi } from 'vitest';
import { triggerDownload } from '../../src/download/trigger-download.ts';

// Node has no DOM: a minimal stand-in records what the helper does to the link and the URL.
function fakeDom() {
  const link = { href: '', download: '', rel: '', style: { display: '' }, click: vi.fn(), remove: vi.fn() };
  const document = { createElement: vi.fn(() => link), body: { append: vi.fn() } };
  const createObjectURL = vi.fn(() => 'blob:fake-1');
  const revokeObjectURL = vi.fn();
  vi.stubGlobal('document', document);
  vi.spyOn(URL, 'createObjectURL').mockImplementation(createObjectURL);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(revokeObjectURL);
  return { link, document, revokeObjectURL };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('triggerDownload', () => {
  it('clicks a link named for the file and revokes the object URL afterwards', () => {
    vi.useFakeTimers();
    const { link, document, revokeObjectURL } = fakeDom();
    triggerDownload('projects.csv', new Blob(['a']));
    expect(link.download).toBe('projects.csv');
    expect(link.href).toBe('blob:fake-1');
    expect(document.body.append).toHaveBeenCalledWith(link);
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:fake-1');
  });
});

import { describe, expect, it } from 'vitest';
import { lazyPart } from '../../src/ui/lazy-part';

const reachable = async (): Promise<void> => {};

describe('lazyPart', () => {
  it('fetches nothing until asked, then once for every later use', async () => {
    let fetches = 0;
    const part = lazyPart(async () => ({ fetch: ++fetches }), reachable);
    expect(fetches).toBe(0);
    expect(part.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([part.get(), part.get()]);
    expect(a).toBe(b);
    expect(await part.get()).toBe(a);
    expect(fetches).toBe(1);
    expect(part.loaded()).toBe(a);
  });

  it('passes a failed fetch on, stays unloaded, and fetches again on the next use', async () => {
    let fetches = 0;
    const part = lazyPart(async () => {
      fetches += 1;
      if (fetches === 1) throw new Error('Failed to fetch dynamically imported module');
      return 'module';
    }, reachable);
    await expect(part.get()).rejects.toThrow('Failed to fetch');
    expect(part.loaded()).toBeUndefined();
    expect(await part.get()).toBe('module');
    expect(fetches).toBe(2);
    expect(part.loaded()).toBe('module');
  });

  it('does not call import() while scripts cannot be fetched, and imports once they can', async () => {
    let online = false;
    let imports = 0;
    const probe = async (): Promise<void> => {
      if (!online) throw new TypeError('Failed to fetch');
    };
    const part = lazyPart(async () => {
      imports += 1;
      return 'module';
    }, probe);
    await expect(part.get()).rejects.toThrow('Failed to fetch');
    await expect(part.get()).rejects.toThrow('Failed to fetch');
    // the module map of a browser that remembers failed imports has never seen this chunk
    expect(imports).toBe(0);
    online = true;
    expect(await part.get()).toBe('module');
    expect(imports).toBe(1);
  });
});

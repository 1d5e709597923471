import { describe, expect, it } from 'vitest';
import { inSlices } from '../../src/ui/page-slices';

describe('inSlices', () => {
  it('hands every item over once, in order, in slices of at most the size, each in a task of its own', async () => {
    const seen: number[][] = [];
    const items = Array.from({ length: 25 }, (_, i) => i);
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    const done = inSlices(items, 10, (slice) => seen.push([...slice]));
    // the first slice runs at once; the page gets its turn before the second
    expect(seen).toEqual([items.slice(0, 10)]);
    await done;
    expect(seen).toEqual([items.slice(0, 10), items.slice(10, 20), items.slice(20)]);
    expect(otherTaskRan).toBe(true);
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await inSlices([], 10, () => calls++);
    expect(calls).toBe(0);
  });
});

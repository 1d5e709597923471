// Long work over a large list done a slice at a time, giving the page back between slices so it
// keeps painting and answering clicks (a 200,000-feature layer read in one go froze it for a
// second or more). Each slice is its own task: setTimeout, which every browser has.

/**
 * Items of a large list worked on per task when each takes a feature apart (geometry, properties):
 * 2,000 features are about 10–40 ms on a loaded two-core machine, under the 100 ms a planner
 * notices as a freeze (10,000 took up to 150 ms).
 */
export const PAGE_SLICE = 2_000;

/** Lets the page run its other tasks (input, painting) before the caller goes on. */
export function givePageBack(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Calls `work` on consecutive slices of `items` of at most `size`, one task each. */
export async function inSlices<T>(items: readonly T[], size: number, work: (slice: readonly T[]) => void): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await givePageBack();
    work(items.slice(start, start + size));
  }
}

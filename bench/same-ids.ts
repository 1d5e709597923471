// Shared check for figures whose two variants answer with feature ids. Not a figure itself.
export function assertSameIds(measured: readonly string[], baseline: readonly string[]): void {
  const a = [...measured].sort();
  const b = [...baseline].sort();
  if (a.length !== b.length || a.some((id, i) => id !== b[i])) {
    const missing = b.filter((id) => !measured.includes(id)).slice(0, 5);
    const extra = a.filter((id) => !baseline.includes(id)).slice(0, 5);
    throw new Error(
      `variants disagree: ${a.length} vs ${b.length} ids; missing ${missing.join(',')} extra ${extra.join(',')}`,
    );
  }
}

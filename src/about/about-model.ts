// What the About view says, as data: counts per category and type, the version, and where to report
// an error. Pure, so the wording and the counting are tested without a browser.
import { CATEGORIES, type Category, type ProjectProperties } from '../types.ts';

export interface TypeCount {
  subtype: string;
  count: number;
}

export interface CategoryCount {
  category: Category;
  count: number;
  types: TypeCount[];
}

/** Records per category, then per type within it (types in order of first appearance). */
export function countsByCategory(records: readonly Pick<ProjectProperties, 'category' | 'subtype'>[]): CategoryCount[] {
  return CATEGORIES.map((category) => {
    const types = new Map<string, number>();
    for (const r of records) if (r.category === category) types.set(r.subtype, (types.get(r.subtype) ?? 0) + 1);
    return {
      category,
      count: [...types.values()].reduce((sum, n) => sum + n, 0),
      types: [...types].map(([subtype, count]) => ({ subtype, count })),
    };
  }).filter((c) => c.count > 0);
}

export interface PackageInfo {
  version?: string;
  repository?: string | { url?: string };
  bugs?: string | { url?: string };
}

/** "git+https://host/owner/repo.git" -> "https://host/owner/repo"; anything not http(s) -> null. */
export function repositoryUrl(pkg: PackageInfo): string | null {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!raw) return null;
  const url = raw.replace(/^git\+/, '').replace(/\.git$/, '');
  return /^https?:\/\//.test(url) ? url : null;
}

/**
 * Where a reader reports an error: the build's override (VITE_REPORT_URL) first, else the package's
 * `bugs` address, else the repository's issue page; null when none is configured (the view says so).
 */
export function reportUrl(pkg: PackageInfo, override: string | undefined): string | null {
  if (override && /^https?:\/\//.test(override)) return override;
  const bugs = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
  if (bugs && /^https?:\/\//.test(bugs)) return bugs;
  const repo = repositoryUrl(pkg);
  return repo === null ? null : `${repo}/issues`;
}

// Full pinyin and pinyin initials of the Chinese names and aliases, computed once by the build with
// pinyin-pro (which knows word readings: 重庆 chongqing, 长寿 changshou) so the app ships no pinyin
// dictionary: a few bytes per feature instead of the library in the first view.
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

function readings(text: string): { full: string; initials: string } {
  const options = { toneType: 'none', type: 'array', nonZh: 'removed', v: true } as const;
  const full = pinyin(text, options).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  const initials = pinyin(text, { ...options, pattern: 'first' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  return { full, initials };
}

/** Pinyin keys of every Chinese name in `names`, without duplicates. */
export function pinyinKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    if (!HAN.test(name)) continue;
    const { full, initials } = readings(name);
    if (full) keys.add(full);
    if (initials) keys.add(initials);
  }
  return [...keys];
}

// Pinyin initials ("cd" for 成都) without a pinyin dictionary: the zh-CN collator orders Chinese
// characters by pinyin, so the initial of a character is the letter of the last boundary character
// that does not sort after it. A dictionary (pinyin-pro) would add ~100 KB gzip to the first view for
// 85 names; this costs nothing. Characters with several readings take the collator's one, so the
// few place-name readings that differ are set here (重庆 is chóng, 长寿 is cháng).
const LETTERS = 'abcdefghjklmnopqrstwxyz';
// the first character, in pinyin order, of each initial letter (i, u and v begin no syllable)
const BOUNDARIES = '阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七然仨它穵夕丫帀';
const PLACE_NAME_READINGS: Readonly<Record<string, string>> = { 重: 'c', 长: 'c', 藏: 'z' };
// Characters of the same place-name reading that have only that reading: sorting with them puts
// 重庆 under C (chóng), not Z (zhòng) where the collator's usual reading would.
const SAME_READING: Readonly<Record<string, string>> = { 重: '崇', 长: '常', 藏: '葬' };
const SAME_READING_PATTERN = new RegExp(`[${Object.keys(SAME_READING).join('')}]`, 'g');

/** The text to collate a Chinese name by, so that pinyin order uses place-name readings. */
export function pinyinSortKey(text: string): string {
  return text.replace(SAME_READING_PATTERN, (char) => SAME_READING[char] ?? char);
}
const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[a-z0-9]/i;

let collator: Intl.Collator | undefined;

function hanInitial(char: string): string {
  const known = PLACE_NAME_READINGS[char];
  if (known !== undefined) return known;
  collator ??= new Intl.Collator('zh-CN');
  let initial = '';
  for (let index = 0; index < BOUNDARIES.length; index += 1) {
    if (collator.compare(BOUNDARIES[index] as string, char) > 0) break;
    initial = LETTERS[index] as string;
  }
  return initial;
}

/** Lower-case initials of the Chinese characters in `text`; Latin letters and digits kept, the rest dropped. */
export function pinyinInitials(text: string): string {
  let result = '';
  for (const char of text) {
    if (HAN.test(char)) result += hanInitial(char);
    else if (LATIN_OR_DIGIT.test(char)) result += char.toLowerCase();
  }
  return result;
}

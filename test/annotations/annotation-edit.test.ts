import { describe, expect, it } from 'vitest';
import { addAnnotation, checkNoteText, circleFromDrag, distanceKm, removeAnnotation, replaceNoteText } from '../../src/annotations/annotation-edit';
import { formatAnnotations, parseAnnotations, type Annotation } from '../../src/annotations/annotation';

const note = (text: string): Annotation => ({ kind: 'note', at: [104.06, 30.66], text });

describe('adding and removing marks', () => {
  it('adds a mark rounded as the permalink keeps it, so the state equals its reload', () => {
    const result = addAnnotation([], { kind: 'arrow', from: [104.123456, 30.987654], to: [106.5, 29.56] });
    expect(result).toEqual({ ok: true, annotations: [{ kind: 'arrow', from: [104.1235, 30.9877], to: [106.5, 29.56] }] });
    if (!result.ok) return;
    expect(parseAnnotations(formatAnnotations(result.annotations)).annotations).toEqual(result.annotations);
  });

  it('refuses the 31st mark and keeps the 30 there are', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => note(`n${i}`));
    expect(addAnnotation(thirty, note('one more'))).toEqual({ ok: false, reason: 'limit' });
    expect(addAnnotation(thirty.slice(1), note('last'))).toMatchObject({ ok: true });
  });

  it('removes exactly the one asked for', () => {
    const list = [note('a'), note('b'), note('c')];
    expect(removeAnnotation(list, 1).map((mark) => (mark.kind === 'note' ? mark.text : ''))).toEqual(['a', 'c']);
    expect(list).toHaveLength(3);
  });

  it("changes one note's text and leaves its place and every other mark as they were", () => {
    const circle = { kind: 'circle', centre: [106.5, 29.5], radiusKm: 5 } as const;
    const list = [note('a'), circle, note('c')];
    const changed = replaceNoteText(list, 2, '换乘站');
    expect(changed).toEqual([note('a'), circle, { ...note('c'), text: '换乘站' }]);
    // an index that is not a note changes nothing
    expect(replaceNoteText(list, 1, 'x')).toEqual(list);
    expect(list[2]).toEqual(note('c'));
  });
});

describe("a note's text", () => {
  it('keeps plain text, markup included, with spaces collapsed', () => {
    expect(checkNoteText('  <img src=x onerror=alert(1)>   新机场 ')).toEqual({ ok: true, text: '<img src=x onerror=alert(1)> 新机场' });
  });

  it('says why it refuses: empty, too long (with the length), control characters', () => {
    expect(checkNoteText('   ')).toEqual({ ok: false, reason: 'empty', length: 0 });
    expect(checkNoteText('字'.repeat(141))).toEqual({ ok: false, reason: 'tooLong', length: 141 });
    expect(checkNoteText('字'.repeat(140))).toMatchObject({ ok: true });
    expect(checkNoteText('abc\u202edef')).toMatchObject({ ok: false, reason: 'unsafe' });
  });
});

describe('a circle dragged from its centre', () => {
  it('measures the radius along the ground: one degree of latitude is about 111.2 km', () => {
    expect(distanceKm([104, 30], [104, 31])).toBeCloseTo(111.2, 1);
    // Chengdu (Tianfu Square) to Chongqing (Jiefangbei): about 267 km as the crow flies
    expect(distanceKm([104.0657, 30.6598], [106.5775, 29.5573])).toBeGreaterThan(260);
    expect(distanceKm([104.0657, 30.6598], [106.5775, 29.5573])).toBeLessThan(275);
  });

  it('gives no circle for a drag under 100 m and caps it at 500 km', () => {
    expect(circleFromDrag([104, 30], [104, 30.0005])).toBeUndefined();
    expect(circleFromDrag([104, 30], [104, 30.1])).toMatchObject({ kind: 'circle', centre: [104, 30] });
    expect(circleFromDrag([104, 20], [104, 29])).toEqual({ kind: 'circle', centre: [104, 20], radiusKm: 500 });
  });
});

import { describe, expect, it } from 'vitest';
import { formatAnnotations, parseAnnotations, type Annotation } from '../../src/annotations/annotation';

describe('annotation text form', () => {
  it('reads a note, an arrow, a circle and an area', () => {
    const { annotations, rejected } = parseAnnotations('n:104.0657,30.6598,新机场 opens 2021~a:104.1,30.5,106.5,29.56~c:106.55,29.56,25~p:104,30,105,30,104.5,31');
    expect(rejected).toEqual([]);
    expect(annotations).toEqual([
      { kind: 'note', at: [104.0657, 30.6598], text: '新机场 opens 2021' },
      { kind: 'arrow', from: [104.1, 30.5], to: [106.5, 29.56] },
      { kind: 'circle', centre: [106.55, 29.56], radiusKm: 25 },
      { kind: 'area', ring: [[104, 30], [105, 30], [104.5, 31]] },
    ]);
  });

  it('writes the same text back, escaping ~ and \\ in a note', () => {
    const marks: Annotation[] = [
      { kind: 'note', at: [104.12345678, 30.5], text: 'a~b\\c, d' },
      { kind: 'circle', centre: [106, 29], radiusKm: 12.34 },
    ];
    const text = formatAnnotations(marks);
    expect(text).toBe('n:104.1235,30.5,a\\~b\\\\c, d~c:106,29,12.3');
    expect(parseAnnotations(text).annotations).toEqual([
      { kind: 'note', at: [104.1235, 30.5], text: 'a~b\\c, d' },
      { kind: 'circle', centre: [106, 29], radiusKm: 12.3 },
    ]);
  });

  it('drops each bad item by itself and keeps the good ones', () => {
    const { annotations, rejected } = parseAnnotations('n:104,30,ok~n:104,30,~a:104,30,105~c:104,30,0~c:104,30,900~p:104,30,105,30~x:1,2~n:200,30,far~n:104,30,\u202Eevil');
    expect(annotations).toEqual([{ kind: 'note', at: [104, 30], text: 'ok' }]);
    expect(rejected).toEqual(['n:104,30,', 'a:104,30,105', 'c:104,30,0', 'c:104,30,900', 'p:104,30,105,30', 'x:1,2', 'n:200,30,far', 'n:104,30,\u202Eevil']);
  });

  it('keeps markup in a note as plain text', () => {
    const { annotations } = parseAnnotations('n:104,30,<img src=x onerror=alert(1)>');
    expect(annotations).toEqual([{ kind: 'note', at: [104, 30], text: '<img src=x onerror=alert(1)>' }]);
  });

  it('refuses a note longer than 140 characters and more than 30 marks', () => {
    expect(parseAnnotations(`n:104,30,${'长'.repeat(141)}`).annotations).toEqual([]);
    expect(parseAnnotations(`n:104,30,${'长'.repeat(140)}`).annotations).toHaveLength(1);
    const many = Array.from({ length: 31 }, () => 'c:104,30,5').join('~');
    const parsed = parseAnnotations(many);
    expect(parsed.annotations).toHaveLength(30);
    expect(parsed.rejected).toEqual(['c:104,30,5']);
  });
});

import { describe, expect, it } from 'vitest';
import { createUrlCodec } from '../../src/state/url-codec';
import { questionCodecs } from '../../src/state/question-codecs';
import { defaultState } from '../../src/state/app-state';
import { langCodec } from '../../src/state/core-codecs';
import { NO_QUESTION } from '../../src/questions/question-types';

const codec = createUrlCodec([langCodec, ...questionCodecs]);
const base = defaultState(['en']);

describe('question URL codecs', () => {
  it('reads a catchment question from qc and qd', () => {
    const { state, issues } = codec.parse('?qc=hsr-a,expwy-b&qd=20', base);
    expect(issues).toEqual([]);
    expect(state.question).toEqual({ ...NO_QUESTION, corridors: ['hsr-a', 'expwy-b'], distanceKm: 20 });
  });

  it('reads qr=anchor as the anchor-only reach, leaves it out for the default, and rejects other values', () => {
    const anchored = codec.parse('?qc=hsr-a&qd=20&qr=anchor', base);
    expect(anchored.issues).toEqual([]);
    expect(anchored.state.question).toEqual({ ...NO_QUESTION, corridors: ['hsr-a'], distanceKm: 20, reach: 'anchor' });
    expect(codec.serialize(anchored.state)).toBe('?lang=en&qc=hsr-a&qd=20&qr=anchor');
    expect(codec.serialize(codec.parse('?qc=hsr-a&qd=20', base).state)).toBe('?lang=en&qc=hsr-a&qd=20');
    const wrong = codec.parse('?qc=hsr-a&qr=touching', base);
    expect(wrong.state.question.reach).toBe('touch');
    expect(wrong.issues).toEqual([expect.objectContaining({ reason: 'invalid', param: 'qr', value: 'touching' })]);
  });

  it('round-trips every kind of area and measurement', () => {
    const urls = [
      '?lang=en&qa=u:510100',
      '?lang=en&qa=f:adj-suitong-pilot-area',
      '?lang=en&qa=r:104,30.5,105.25,31',
      '?lang=en&qa=p:104 30,105 30,104.5 31.12345',
      '?lang=en&qm=l:104 30,105 31',
      '?lang=en&qm=a:104 30,105 30,104.5 31',
      '?lang=en&qm=f:a-1,b-2',
      '?lang=en&qc=x&qd=35.5&qa=u:500103',
    ];
    for (const url of urls) {
      const { state, issues } = codec.parse(url, base);
      expect(issues).toEqual([]);
      expect(decodeURIComponent(codec.serialize(state))).toBe(url);
    }
  });

  it('rounds drawn coordinates to five decimals', () => {
    const { state } = codec.parse('?qa=r:104.1234567,30.000001,105,31', base);
    expect(state.question.area).toEqual({ kind: 'rect', bounds: [104.12346, 30, 105, 31] });
  });

  it('ignores invalid parts with an issue, keeping the valid ones', () => {
    const { state, issues } = codec.parse('?qc=hsr-a&qd=250&qa=r:105,30,104,31&qm=f:a,a', base);
    expect(issues.map((issue) => issue.param)).toEqual(['qd', 'qa', 'qm']);
    expect(state.question).toEqual({ ...NO_QUESTION, corridors: ['hsr-a'] });
  });

  it('rejects malformed values', () => {
    for (const bad of ['?qd=0', '?qd=abc', '?qc=', '?qc=<script>', '?qa=u:51', '?qa=x:1', '?qa=p:104 30,105 30', '?qm=l:104 30', '?qa=p:200 30,105 30,104 31']) {
      const { issues } = codec.parse(bad, base);
      expect(issues, bad).toHaveLength(1);
      expect(issues[0]?.reason).toBe('invalid');
    }
  });

  it('writes nothing without a question, and pushes history when a question changes', () => {
    expect(codec.serialize(base)).toBe('?lang=en');
    const asked = { ...base, question: { ...NO_QUESTION, corridors: ['c1'] } };
    expect(codec.serialize(asked)).toBe('?lang=en&qc=c1&qd=10');
    expect(codec.historyMode(base, asked)).toBe('push');
  });
});

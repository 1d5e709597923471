import { describe, expect, it } from 'vitest';
import { demoParkFacts } from '../../src/ui/demo-park-facts';
import { makeFeature } from '../charts/make-feature';

const hejiang = makeFeature({ id: 'a', name_zh: '四川合江临港工业园区', name_en: 'Hejiang Lingang Industrial Park', demo_batch: 1, pair: 'p', lead_industry: 'new_materials' }).properties;
const jiangjin = makeFeature({ id: 'b', name_zh: '重庆江津工业园区', name_en: 'Jiangjin Industrial Park', demo_batch: 1, pair: 'p', lead_industry: 'new_materials' }).properties;
const alone = makeFeature({ id: 'c', name_zh: '重庆綦江工业园区', name_en: 'Qijiang Industrial Park', demo_batch: 2 }).properties;
const other = makeFeature({ id: 'd' }).properties;
const all = [hejiang, jiangjin, alone, other];
const values = (facts: { field: string; value: string }[]) => Object.fromEntries(facts.map((f) => [f.field, f.value]));

describe('demoParkFacts', () => {
  it('names the batch, the partner across the border and the lead industry, in Chinese', () => {
    expect(values(demoParkFacts(hejiang, 'zh', all))).toEqual({
      demo_batch: '第1批（2021年）',
      demo_listed: '该批 20 个中的 2 个（其余名称未能核实，名单不全）',
      partners: '重庆江津工业园区',
      lead_industry: '新材料',
    });
  });

  it('says so in English', () => {
    expect(values(demoParkFacts(jiangjin, 'en', all))).toEqual({
      demo_batch: 'batch 1 (2021)',
      demo_listed: "2 of the batch's 20 (the other names could not be verified: the list is incomplete)",
      partners: 'Hejiang Lingang Industrial Park',
      lead_industry: 'New materials',
    });
  });

  it('says "not published" for a park whose partner and industry are not known', () => {
    expect(values(demoParkFacts(alone, 'zh', all))).toMatchObject({ demo_batch: '第2批（2023年）', partners: '未公布', lead_industry: '未公布' });
    expect(values(demoParkFacts(alone, 'en', all))).toMatchObject({ partners: 'not published', lead_industry: 'not published' });
  });

  it('adds nothing for a record that is not a demonstration park', () => {
    expect(demoParkFacts(other, 'en', all)).toEqual([]);
  });
});

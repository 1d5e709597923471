// Names and codes of counties that were renamed, upgraded or merged (most since about 2010), so a table
// written with the old name or code (武隆县, 500232) still joins to today's unit (武隆区, 500156).
// Source: 中华人民共和国民政部, 县级以上行政区划变更情况 (yearly), as reflected in the GB/T 2260 code list.
// A rename that only changes the level word (彭山县 → 彭山区) is also caught by the short name;
// it is listed here when the stem changed (开县 → 开州区) or the old code differs.

export interface OldName {
  /** the name as written before the change */
  name: string;
  /** the old six-digit code, where it differs from today's and is recorded here */
  adcode: string | null;
  /** today's code of the unit it became part of */
  current: string;
  /** year of the change */
  year: number;
}

export const OLD_NAMES: readonly OldName[] = [
  { name: '灌县', adcode: null, current: '510181', year: 1988 },
  { name: '綦江县', adcode: '500222', current: '500110', year: 2011 },
  { name: '万盛区', adcode: null, current: '500110', year: 2011 },
  { name: '大足县', adcode: '500225', current: '500111', year: 2011 },
  { name: '双桥区', adcode: null, current: '500111', year: 2011 },
  { name: '璧山县', adcode: '500227', current: '500120', year: 2014 },
  { name: '铜梁县', adcode: '500224', current: '500151', year: 2014 },
  { name: '潼南县', adcode: '500223', current: '500152', year: 2015 },
  { name: '荣昌县', adcode: '500226', current: '500153', year: 2015 },
  { name: '开县', adcode: '500234', current: '500154', year: 2016 },
  { name: '梁平县', adcode: '500228', current: '500155', year: 2016 },
  { name: '武隆县', adcode: '500232', current: '500156', year: 2016 },
  { name: '双流县', adcode: '510122', current: '510116', year: 2015 },
  { name: '郫县', adcode: '510124', current: '510117', year: 2016 },
  { name: '新津县', adcode: '510132', current: '510118', year: 2020 },
  { name: '简阳市', adcode: '512081', current: '510185', year: 2016 },
  { name: '罗江县', adcode: '510626', current: '510604', year: 2017 },
  { name: '安县', adcode: '510724', current: '510705', year: 2016 },
  { name: '射洪县', adcode: '510922', current: '510981', year: 2019 },
  { name: '隆昌县', adcode: '511028', current: '511083', year: 2017 },
  { name: '彭山县', adcode: '511422', current: '511403', year: 2014 },
  { name: '南溪县', adcode: '511522', current: '511503', year: 2011 },
  { name: '宜宾县', adcode: '511521', current: '511504', year: 2018 },
  { name: '达县', adcode: '511721', current: '511703', year: 2013 },
  { name: '名山县', adcode: '511821', current: '511803', year: 2012 },
  { name: '马尔康县', adcode: '513229', current: '513201', year: 2015 },
  { name: '康定县', adcode: '513321', current: '513301', year: 2015 },
  { name: '会理县', adcode: '513425', current: '513402', year: 2021 },
];

// What a link's notice says a valid value looks like (`"abc" is not a valid …`), for every URL
// parameter in both languages, written out here rather than read from the string tables: the words
// moved from the codecs into src/i18n/tables/url-params.ts and must read as they did.
import { describe, expect, it } from 'vitest';
import { appUrlCodec } from '../../src/state/app-url-codec.ts';
import { defaultState } from '../../src/state/app-state.ts';
import { formatUrlIssue } from '../../src/state/url-issue-text.ts';

const EXPECTED: Record<string, { zh: string; en: string }> = {
  "lang": { zh: "语言（zh 或 en）", en: "language (zh or en)" },
  "v": { zh: "视图（纬度,经度,缩放级别）", en: "view (latitude,longitude,zoom)" },
  "sel": { zh: "选择（u:行政区划代码 或 f:项目编号）", en: "selection (u:adcode or f:feature id)" },
  "embed": { zh: "嵌入模式（1）", en: "embed mode (1)" },
  "title": { zh: "标题开关（0 或 1）", en: "title switch (0 or 1)" },
  "legend": { zh: "图例（open 或 closed）", en: "legend (open or closed)" },
  "theme": { zh: "主题（light、dark 或 auto）", en: "theme (light, dark or auto)" },
  "hed": { zh: "标题（纯文本，最多 120 个字符）", en: "headline (plain text, at most 120 characters)" },
  "dek": { zh: "导语（纯文本，最多 280 个字符）", en: "dek (plain text, at most 280 characters)" },
  "note": { zh: "注释（纯文本，最多 400 个字符）", en: "note (plain text, at most 400 characters)" },
  "credit": { zh: "署名（纯文本，最多 120 个字符）", en: "credit (plain text, at most 120 characters)" },
  "play": { zh: "时间轴自动播放（1）", en: "timeline autoplay (1)" },
  "story": { zh: "地图故事（JSON：[[地址参数, 文字], …]，最多 12 步）", en: "map story (JSON: [[query, text], …], at most 12 steps)" },
  "hide": { zh: "隐藏的类别（如 corridor 或 corridor.expressway）", en: "hidden categories (e.g. corridor or corridor.expressway)" },
  "prov": { zh: "省市（sichuan、chongqing）", en: "province (sichuan, chongqing)" },
  "city": { zh: "地级行政区代码（如 510100,500101）", en: "prefecture-level codes (e.g. 510100,500101)" },
  "lvl": { zh: "级别（national、joint、provincial、unknown）", en: "level (national, joint, provincial, unknown)" },
  "st": { zh: "状态（operating、under_construction、designated、planned、unknown）", en: "status (operating, under_construction, designated, planned, unknown)" },
  "yr": { zh: "年份范围（1949–2050，如 2010-2020）", en: "year range (1949–2050, e.g. 2010-2020)" },
  "prec": { zh: "位置精度（exact、city、approximate）", en: "placement precision (exact, city, approximate)" },
  "asof": { zh: "时间轴年份（2000–2050）", en: "timeline year (2000–2050)" },
  "pa": { zh: "规划范围开关（1）", en: "planning-area switch (1)" },
  "q": { zh: "搜索文字（最多 100 个字符）", en: "search text (at most 100 characters)" },
  "sort": { zh: "列表排序（name、year、city，前加 - 为降序）", en: "list order (name, year or city; a leading - sorts descending)" },
  "qc": { zh: "通道编号列表（用逗号分隔）", en: "corridor ids separated by commas" },
  "qd": { zh: "距离（1–100 千米）", en: "distance (1–100 km)" },
  "qr": { zh: "“anchor”（线和面仅以其定位点计）", en: "\"anchor\" (lines and areas count by their anchor point only)" },
  "qa": { zh: "范围（u:行政区划代码、f:区域编号、r:西,南,东,北 或 p:经度 纬度,…）", en: "area (u:adcode, f:zone id, r:west,south,east,north or p:lon lat,…)" },
  "qm": { zh: "测量（l:经度 纬度,…、a:经度 纬度,… 或 f:编号,编号）", en: "measurement (l:lon lat,…, a:lon lat,… or f:id,id)" },
  "tab": { zh: "面板标签（layers、list、questions、charts、mydata）", en: "panel tab (layers, list, questions, charts, mydata)" },
  "cq": { zh: "图表中重庆的分组（one：整个重庆一条；districts：按区县）", en: "how the charts group Chongqing (one: one bar; districts: its districts and counties)" },
  "ch": { zh: "专题着色（表格~方法~分级数~配色~列）", en: "choropleth (table~method~classes~palette~column)" },
  "chv": { zh: "专题着色的数值（p 或 c~行政区划代码:数值,…）", en: "choropleth values (p or c~adcode:value,…)" },
  "an": { zh: "标注（最多 30 个，以 ~ 分隔：n:经度,纬度,文字（不超过 140 字）、a:经度,纬度,经度,纬度、c:经度,纬度,千米（不超过 500）或 p:经度,纬度,…（3–40 个角点））", en: "annotation (up to 30, separated by ~: n:lon,lat,text (at most 140 characters), a:lon,lat,lon,lat, c:lon,lat,km (at most 500) or p:lon,lat,… (3–40 corners))" },
  "my": { zh: "导入图层（最多 20 个，以逗号分隔：编号~名称）", en: "imported layers (up to 20, separated by commas: id~name)" },
  "pubhide": { zh: "隐藏的发布图层（最多 20 个编号，以逗号分隔：小写字母、数字和连字符）", en: "hidden published layers (up to 20 ids, separated by commas: lower-case letters, digits and hyphens)" },
};

describe('the words of an invalid URL parameter', () => {
  it('describe every parameter in both languages, as before the words moved into the tables', () => {
    const described = Object.fromEntries(appUrlCodec.codecs.map((codec) => [codec.param, codec.expected]));
    expect(described).toEqual(EXPECTED);
  });

  it('read in the notice in the reader’s language', () => {
    const { issues } = appUrlCodec.parse('?tab=maps&qd=500', defaultState(['en']));
    expect(issues.map((issue) => formatUrlIssue(issue, 'zh'))).toEqual([
      '已忽略参数“tab”：“maps”不是有效的面板标签（layers、list、questions、charts、mydata）',
      '已忽略参数“qd”：“500”不是有效的距离（1–100 千米）',
    ]);
    expect(issues.map((issue) => formatUrlIssue(issue, 'en'))).toEqual([
      'ignored parameter "tab": "maps" is not a valid panel tab (layers, list, questions, charts, mydata)',
      'ignored parameter "qd": "500" is not a valid distance (1–100 km)',
    ]);
  });
});

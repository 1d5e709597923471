import { describe, expect, it } from 'vitest';
import { formatProblem, type ProblemFacts } from '../../src/import/format-problem.ts';
import { importTextFile } from '../../src/import/import-file.ts';
import type { GeometryPlace, ProblemCode, ProblemParams, RecordLabel } from '../../src/import/problems.ts';

const geometry = (path: GeometryPlace['path'] = [], axis?: number): GeometryPlace => ({ field: '"geometry"', path, ...(axis === undefined ? {} : { axis }) });
const feature = (n: number): RecordLabel => ({ kind: 'feature', n });
const RING_0 = [{ part: 'ring', n: 0 }] as GeometryPlace['path'];
const POSITION_3_OF_RING_0 = [{ part: 'position', n: 3 }, { part: 'ring', n: 0 }] as GeometryPlace['path'];

interface Case {
  code: ProblemCode;
  params?: ProblemParams;
  record?: RecordLabel;
  id?: string;
  place?: GeometryPlace;
  en: string;
  zh: string;
}

function facts(c: Case, file = 'parks.geojson'): ProblemFacts {
  const problem: ProblemFacts = { file, code: c.code, params: c.params ?? {} };
  if (c.record) problem.record = c.record;
  if (c.id !== undefined) problem.id = c.id;
  if (c.place) problem.place = c.place;
  return problem;
}

// Every code, worded by hand in both languages.
const CASES: Case[] = [
  { code: 'file-too-large', params: { size: '30.0 MB', max: '25.0 MB' }, en: 'parks.geojson: is 30.0 MB; files larger than 25.0 MB cannot be imported', zh: 'parks.geojson：大小为 30.0 MB，超过 25.0 MB 的文件无法导入' },
  { code: 'file-empty', en: 'parks.geojson: is empty', zh: 'parks.geojson：文件为空' },
  { code: 'format-unsupported', params: { extension: 'shp' }, en: 'parks.geojson: is not a format that can be imported (".shp"); use GeoJSON, TopoJSON, KML, GPX, a zipped shapefile, CSV or Excel (.xlsx)', zh: 'parks.geojson：不是可导入的格式（".shp"）；请使用 GeoJSON、TopoJSON、KML、GPX、Shapefile（.zip）、CSV 或 Excel（.xlsx）' },
  { code: 'no-features', en: 'parks.geojson: contains no features', zh: 'parks.geojson：不含任何要素' },
  { code: 'too-many-features', params: { count: '50,001', max: '50,000' }, en: 'parks.geojson: has 50,001 features; at most 50,000 can be imported from one file', zh: 'parks.geojson：含 50,001 个要素；一个文件最多只能导入 50,000 个' },
  { code: 'too-many-positions', params: { max: '1,000,000' }, en: 'parks.geojson: has more than 1,000,000 coordinate positions; simplify it or split it into several files', zh: 'parks.geojson：坐标点超过 1,000,000 个；请简化文件或拆分为多个文件' },
  { code: 'json-invalid', params: { reason: 'truncated', line: 3, column: 7 }, en: 'parks.geojson: is not valid JSON: the text ends too early (at line 3, column 7); the file may be truncated', zh: 'parks.geojson：不是有效的 JSON：文本提前结束（第 3 行第 7 列），文件可能不完整' },
  { code: 'json-invalid', params: { reason: 'unexpected', line: 2, column: 8 }, en: 'parks.geojson: is not valid JSON: unexpected text at line 2, column 8', zh: 'parks.geojson：不是有效的 JSON：第 2 行第 8 列有无法识别的内容' },
  { code: 'json-invalid', params: { reason: 'unreadable', engine: 'Bad token' }, en: 'parks.geojson: is not valid JSON: the text could not be read as JSON (Bad token)', zh: 'parks.geojson：不是有效的 JSON：无法作为 JSON 读取（Bad token）' },
  { code: 'geojson-not-object', en: 'parks.geojson: is JSON but not a GeoJSON object (expected a FeatureCollection, Feature or geometry)', zh: 'parks.geojson：是 JSON，但不是 GeoJSON 对象（应为 FeatureCollection、Feature 或几何对象）' },
  { code: 'geojson-no-features-list', en: 'parks.geojson: is a FeatureCollection without a "features" list', zh: 'parks.geojson：是 FeatureCollection，但没有 "features" 列表' },
  { code: 'geojson-no-type', en: 'parks.geojson: is JSON but has no GeoJSON "type"', zh: 'parks.geojson：是 JSON，但没有 GeoJSON 的 "type"' },
  { code: 'topojson-invalid', en: 'parks.geojson: is not a usable TopoJSON topology (needs "type": "Topology", "objects" and "arcs")', zh: 'parks.geojson：不是可用的 TopoJSON 拓扑（需要 "type": "Topology"、"objects" 和 "arcs"）' },
  { code: 'csv-no-coordinate-columns', params: { found: '"name", "地址"' },
    en: 'parks.geojson: has no coordinate columns; expected lon/lat (or lng, long, longitude/latitude, 经度/纬度, x/y), a WKT column (wkt, geometry, geom, the_geom, 几何) or place columns (province, city, county, address, adcode; 省, 市, 区县, 地址, 行政区划代码); found columns: "name", "地址"',
    zh: 'parks.geojson：没有坐标列；应有 lon/lat（或 lng、long、longitude/latitude、经度/纬度、x/y）、WKT 列（wkt、geometry、geom、the_geom、几何），或地名列（省、市、区县、地址、行政区划代码）；实际的列："name", "地址"' },
  { code: 'csv-no-coordinate-columns', params: { found: '' },
    en: 'parks.geojson: has no coordinate columns; expected lon/lat (or lng, long, longitude/latitude, 经度/纬度, x/y), a WKT column (wkt, geometry, geom, the_geom, 几何) or place columns (province, city, county, address, adcode; 省, 市, 区县, 地址, 行政区划代码); found columns: none',
    zh: 'parks.geojson：没有坐标列；应有 lon/lat（或 lng、long、longitude/latitude、经度/纬度、x/y）、WKT 列（wkt、geometry、geom、the_geom、几何），或地名列（省、市、区县、地址、行政区划代码）；实际的列：无' },
  { code: 'csv-parse', params: { message: 'Unable to auto-detect delimiting character; defaulted to \',\'', papaCode: 'UndetectableDelimiter' },
    en: 'parks.geojson: CSV: Unable to auto-detect delimiting character; defaulted to \',\'', zh: 'parks.geojson：CSV 格式问题：无法判断分隔符，已按逗号读取' },
  { code: 'csv-row-parse', record: { kind: 'row', n: 5 }, params: { message: 'Too few fields: expected 4 fields but parsed 3', papaCode: 'TooFewFields' },
    en: 'parks.geojson: row 5: Too few fields: expected 4 fields but parsed 3', zh: 'parks.geojson：第 5 行：CSV 格式问题：该行的字段数少于表头的列数' },
  { code: 'csv-row-parse', record: { kind: 'row', n: 5 }, params: { message: 'Something new', papaCode: 'Unheard' },
    en: 'parks.geojson: row 5: Something new', zh: 'parks.geojson：第 5 行：CSV 格式问题：Something new' },
  { code: 'record-not-object', record: feature(2), en: 'parks.geojson: feature 2: is not an object', zh: 'parks.geojson：第 2 个要素：不是对象' },
  { code: 'feature-type-wrong', record: feature(0), params: { value: '"Feat"' }, en: 'parks.geojson: feature 0: "type" is "Feat", expected "Feature"', zh: 'parks.geojson：第 0 个要素："type" 为 "Feat"，应为 "Feature"' },
  { code: 'geometry-missing', record: feature(4), id: 'P-07', en: 'parks.geojson: feature 4 (id P-07): has no geometry', zh: 'parks.geojson：第 4 个要素（编号 P-07）：没有几何' },
  { code: 'topojson-type-null', record: { kind: 'object', n: 1, object: '"roads"' }, en: 'parks.geojson: object "roads" geometry 1: has no geometry ("type" is null)', zh: 'parks.geojson：对象 "roads" 的第 1 个几何：没有几何（"type" 为 null）' },
  { code: 'topojson-arcs-undecodable', record: { kind: 'object', n: 0, object: '"roads"' }, en: 'parks.geojson: object "roads" geometry 0: its arcs or coordinates could not be decoded', zh: 'parks.geojson：对象 "roads" 的第 0 个几何：其弧段或坐标无法解码' },
  { code: 'type-missing', record: feature(1), params: { typeOf: '"geometry"' }, en: 'parks.geojson: feature 1: "type" of "geometry" is missing; expected a geometry type such as "Point" or "Polygon"', zh: 'parks.geojson：第 1 个要素："geometry" 的 "type" 缺失；应为 "Point"、"Polygon" 等几何类型' },
  { code: 'type-not-string', record: { kind: 'object', n: 0, object: '"a"' }, params: { value: '7' }, en: 'parks.geojson: object "a" geometry 0: "type" is 7; expected a geometry type such as "Point" or "Polygon"', zh: 'parks.geojson：对象 "a" 的第 0 个几何："type" 为 7；应为 "Point"、"Polygon" 等几何类型' },
  { code: 'type-misspelt', record: feature(1), params: { typeOf: '"geometry"', value: '"polygon"', suggestion: 'Polygon' }, en: 'parks.geojson: feature 1: "type" of "geometry" is "polygon", which is not a geometry type; did you mean "Polygon"? (type names are case-sensitive)', zh: 'parks.geojson：第 1 个要素："geometry" 的 "type" 为 "polygon"，不是几何类型；是否应为 "Polygon"？（类型名区分大小写）' },
  { code: 'type-unknown', record: feature(1), params: { typeOf: '"geometry"', value: '"Circle"', list: '"Point", "Polygon"' }, en: 'parks.geojson: feature 1: "type" of "geometry" is "Circle", which is not a geometry type; expected one of "Point", "Polygon"', zh: 'parks.geojson：第 1 个要素："geometry" 的 "type" 为 "Circle"，不是几何类型；应为以下之一："Point", "Polygon"' },
  { code: 'geometry-not-object', record: feature(0), place: geometry(), params: { value: '42' }, en: 'parks.geojson: feature 0: "geometry" is not a geometry object (42)', zh: 'parks.geojson：第 0 个要素："geometry" 不是几何对象（42）' },
  { code: 'collection-no-geometries', record: feature(0), place: geometry(), en: 'parks.geojson: feature 0: "geometry" is a GeometryCollection without a "geometries" list', zh: 'parks.geojson：第 0 个要素："geometry" 是 GeometryCollection，但没有 "geometries" 列表' },
  { code: 'coordinates-missing', record: feature(0), place: geometry(), params: { type: 'Point' }, en: 'parks.geojson: feature 0: "geometry" has no "coordinates" list (type Point)', zh: 'parks.geojson：第 0 个要素："geometry" 没有 "coordinates" 列表（类型为 Point）' },
  { code: 'not-a-list', record: feature(0), place: geometry([{ part: 'polygon', n: 1 }]), params: { value: '"x"' }, en: 'parks.geojson: feature 0: polygon 1 of "geometry" is "x"; expected a list', zh: 'parks.geojson：第 0 个要素："geometry" 的第 1 个多边形为 "x"；应为列表' },
  { code: 'line-too-short', record: feature(0), place: geometry([{ part: 'line', n: 2 }, { part: 'point', n: 0 }]), params: { count: 1 }, en: 'parks.geojson: feature 0: line 2 of point 0 of "geometry" has 1 position; a line needs at least 2', zh: 'parks.geojson：第 0 个要素："geometry" 的第 0 个点的第 2 条线只有 1 个坐标点；线至少需要 2 个' },
  { code: 'ring-not-closed', record: feature(3), place: geometry(RING_0), params: { first: '104, 30', last: '104.2, 30.7' }, en: 'parks.geojson: feature 3: ring 0 of "geometry" is not closed (it starts at [104, 30] but ends at [104.2, 30.7])', zh: 'parks.geojson：第 3 个要素："geometry" 的第 0 个环未闭合（起点为 [104, 30]，终点却为 [104.2, 30.7]）' },
  { code: 'ring-closed', record: feature(3), place: geometry(RING_0), en: 'parks.geojson: feature 3: ring 0 of "geometry" was not closed; its first position was repeated at the end', zh: 'parks.geojson：第 3 个要素："geometry" 的第 0 个环未闭合，已在末尾重复其第一个坐标点' },
  { code: 'ring-too-short', record: feature(3), place: geometry(RING_0), params: { count: 3 }, en: 'parks.geojson: feature 3: ring 0 of "geometry" has 3 positions; a closed ring needs at least 4', zh: 'parks.geojson：第 3 个要素："geometry" 的第 0 个环只有 3 个坐标点；闭合的环至少需要 4 个' },
  { code: 'position-invalid', record: feature(3), place: geometry(POSITION_3_OF_RING_0), params: { value: '[104]' }, en: 'parks.geojson: feature 3: position 3 of ring 0 of "geometry" is [104]; expected [longitude, latitude]', zh: 'parks.geojson：第 3 个要素："geometry" 的第 0 个环的第 3 个坐标点为 [104]；应为 [经度, 纬度]' },
  { code: 'coord-not-finite', record: feature(3), place: geometry(POSITION_3_OF_RING_0, 0), params: { value: 'Infinity' }, en: 'parks.geojson: feature 3: longitude of position 3 of ring 0 of "geometry" is not a finite number (Infinity)', zh: 'parks.geojson：第 3 个要素："geometry" 的第 0 个环的第 3 个坐标点的经度不是有限数值（Infinity）' },
  { code: 'coord-missing', record: feature(3), place: geometry([], 1), params: { value: 'null' }, en: 'parks.geojson: feature 3: latitude of "geometry" is missing (null); expected a number', zh: 'parks.geojson：第 3 个要素："geometry" 的纬度缺失（null）；应为数字' },
  { code: 'coord-text', record: feature(3), place: geometry([{ part: 'position', n: 0 }], 2), params: { value: '"500"', number: 500 }, en: 'parks.geojson: feature 3: altitude of position 0 of "geometry" is text ("500"), read as the number 500', zh: 'parks.geojson：第 3 个要素："geometry" 的第 0 个坐标点的高程是文本（"500"），已按数字 500 读取' },
  { code: 'coord-not-number', record: feature(3), place: geometry([{ part: 'position', n: 0 }], 3), params: { value: '"m"' }, en: 'parks.geojson: feature 3: value 3 of position 0 of "geometry" is not a number ("m")', zh: 'parks.geojson：第 3 个要素："geometry" 的第 0 个坐标点的第 3 个值不是数字（"m"）' },
  { code: 'coord-not-number', record: { kind: 'row', n: 14 }, id: 'P-07', place: { field: '"lat"', path: [] }, params: { value: '"abc"' }, en: 'parks.geojson: row 14 (id P-07): "lat" is not a number ("abc")', zh: 'parks.geojson：第 14 行（编号 P-07）："lat" 不是数字（"abc"）' },
  { code: 'cell-empty', record: { kind: 'row', n: 2 }, place: { field: '"经度"', path: [] }, en: 'parks.geojson: row 2: "经度" is empty', zh: 'parks.geojson：第 2 行："经度" 为空' },
  { code: 'wkt-invalid', record: { kind: 'row', n: 2 }, id: 'a b', place: { field: '"wkt"', path: [] }, params: { value: '"POINT (1"' }, en: 'parks.geojson: row 2 (id "a b"): "wkt" is not valid WKT ("POINT (1")', zh: 'parks.geojson：第 2 行（编号 "a b"）："wkt" 不是有效的 WKT（"POINT (1"）' },
  { code: 'partly-outside', record: { kind: 'geometry', n: 0 }, place: geometry(), en: 'parks.geojson: geometry: some coordinates of "geometry" lie outside the region (lon 97–111, lat 26–33.5)', zh: 'parks.geojson：几何："geometry" 的部分坐标位于研究区域（经度 97–111，纬度 26–33.5）之外' },
  { code: 'swapped', record: feature(0), place: geometry(), params: { example: '[30.6, 104]' }, en: 'parks.geojson: feature 0: coordinates of "geometry" such as [30.6, 104] lie outside the region (lon 97–111, lat 26–33.5), but inside it with longitude and latitude swapped; the "swap" fix exchanges them', zh: 'parks.geojson：第 0 个要素："geometry" 的坐标（如 [30.6, 104]）位于研究区域（经度 97–111，纬度 26–33.5）之外，但交换经纬度后位于区域内；可用“交换经纬度”修复' },
  { code: 'swap-applied', record: feature(0), place: geometry(), en: 'parks.geojson: feature 0: longitude and latitude of "geometry" were swapped, as chosen', zh: 'parks.geojson：第 0 个要素："geometry" 的经度和纬度已按您的选择交换' },
  { code: 'mercator', record: { kind: 'row', n: 2 }, place: { field: '"x"/"y"', path: [] }, params: { example: '[11584000, 3588000]' }, en: 'parks.geojson: row 2: coordinates of "x"/"y" such as [11584000, 3588000] look like Web Mercator metres (EPSG:3857), not degrees; the "fromWebMercator" fix converts them', zh: 'parks.geojson：第 2 行："x"/"y" 的坐标（如 [11584000, 3588000]）看起来是 Web 墨卡托米制坐标（EPSG:3857），而不是度；可用“从 Web 墨卡托转换”修复' },
  { code: 'mercator-applied', record: feature(0), place: geometry(), en: 'parks.geojson: feature 0: coordinates of "geometry" were converted from Web Mercator metres to degrees, as chosen', zh: 'parks.geojson：第 0 个要素："geometry" 的坐标已按您的选择从 Web 墨卡托米制坐标转换为度' },
  { code: 'outside', record: feature(0), place: geometry(), params: { example: '[2, 48]' }, en: 'parks.geojson: feature 0: coordinates of "geometry" such as [2, 48] lie outside the region (lon 97–111, lat 26–33.5)', zh: 'parks.geojson：第 0 个要素："geometry" 的坐标（如 [2, 48]）位于研究区域（经度 97–111，纬度 26–33.5）之外' },
  { code: 'cell-not-number', record: { kind: 'sheetRow', n: 8, object: '"重点项目"' }, params: { column: '"总投资（亿元）"', value: '"约20"' }, en: 'parks.geojson: sheet "重点项目" row 8: "总投资（亿元）" is not a number ("约20"); kept as text', zh: 'parks.geojson：工作表 "重点项目" 第 8 行："总投资（亿元）" 不是数字（"约20"），已按原文保留' },
  { code: 'place-unmatched', record: { kind: 'row', n: 4 }, params: { value: '"武候区"', candidatesZh: '武侯区、武胜县', candidatesEn: 'Wuhou District (武侯区), Wusheng County (武胜县)' }, en: 'parks.geojson: row 4: the place "武候区" matches no city or county; nearest: Wuhou District (武侯区), Wusheng County (武胜县)', zh: 'parks.geojson：第 4 行：地名 "武候区" 与任何市或区县都不匹配；最接近的：武侯区、武胜县' },
  { code: 'place-county-unmatched', record: { kind: 'row', n: 7 }, params: { value: '"武候区"', unitZh: '成都市', unitEn: 'Chengdu', candidatesZh: '武侯区', candidatesEn: 'Wuhou District (武侯区)' }, en: 'parks.geojson: row 7: the county "武候区" matches no county of Chengdu, so the row is placed at Chengdu; nearest: Wuhou District (武侯区)', zh: 'parks.geojson：第 7 行：区县 "武候区" 与成都市的任何区县都不匹配，已定位到成都市；最接近的：武侯区' },
  { code: 'place-too-coarse', record: { kind: 'row', n: 5 }, params: { value: '"四川省"' }, en: 'parks.geojson: row 5: the place "四川省" names only a province; a city or county is needed to place the row', zh: 'parks.geojson：第 5 行：地名 "四川省" 只指明了省级单位，无法定位到市或区县' },
  { code: 'divisions-unavailable', en: 'parks.geojson: has no coordinate columns, and the division list to place rows by name could not be loaded; try again', zh: 'parks.geojson：没有坐标列，且无法加载行政区划表来按地名定位；请稍后重试' },
  { code: 'xlsx-unreadable', params: { detail: 'invalid zip' }, en: 'parks.geojson: is not a readable Excel workbook (invalid zip)', zh: 'parks.geojson：不是可读取的 Excel 工作簿（invalid zip）' },
  { code: 'xlsx-too-large', params: { size: '6.1 MB', max: '2.0 MB' }, en: 'parks.geojson: is 6.1 MB; an Excel workbook larger than 2.0 MB is too slow to read in the browser: save the sheet as CSV (UTF-8) in Excel or WPS and import that (CSV files are read up to 25 MB and 200,000 rows)', zh: 'parks.geojson：大小为 6.1 MB；超过 2.0 MB 的 Excel 工作簿在浏览器中读取过慢，请在 Excel 或 WPS 中将该工作表另存为 CSV（UTF-8）后导入（CSV 可达 25 MB、20 万行）' },
  { code: 'xls-old-format', en: 'parks.geojson: is an Excel 97–2003 workbook (.xls); save it as .xlsx in Excel or WPS and import that', zh: 'parks.geojson：是旧版 Excel 97–2003 工作簿（.xls）；请在 Excel 或 WPS 中另存为 .xlsx 后再导入' },
  { code: 'numbers-format', en: 'parks.geojson: is an Apple Numbers file; export it to Excel (.xlsx) from Numbers and import that', zh: 'parks.geojson：是 Apple Numbers 文件；请在 Numbers 中导出为 Excel（.xlsx）后再导入' },
  { code: 'sheet-not-found', params: { sheet: '"2023"' }, en: 'parks.geojson: has no sheet called "2023"', zh: 'parks.geojson：没有名为 "2023" 的工作表' },
  { code: 'json-list-not-features', params: { n: 2, what: '"Point"' }, en: 'parks.geojson: is a JSON list, but item 2 is not a GeoJSON Feature (its "type" is "Point"); every item of a list must be a Feature', zh: 'parks.geojson：是 JSON 列表，但第 2 项不是 GeoJSON 要素（其 "type" 为 "Point"）；列表中每一项都须是 Feature' },
  { code: 'echarts-undecodable', record: feature(4), params: { reason: 'no-offsets' }, en: 'parks.geojson: feature 4: "geometry" holds ECharts-encoded coordinates that cannot be decoded: a ring has no "encodeOffsets" starting pair', zh: 'parks.geojson：第 4 个要素："geometry" 是 ECharts 编码坐标，但无法解码：有一个环缺少 "encodeOffsets" 起点' },
  { code: 'echarts-slivers-dropped', record: feature(1), params: { count: 1 }, en: `parks.geojson: feature 1: "geometry" had 1 ring of fewer than 4 positions (slivers left by ECharts' encoder); they were left out`, zh: 'parks.geojson：第 1 个要素："geometry" 中有 1 个不足 4 个坐标点的碎环（ECharts 编码留下的），已略去' },
  { code: 'xml-invalid', params: { detail: 'unclosed tag', line: 4, column: 2 }, en: 'parks.geojson: is not well-formed XML (line 4, column 2): unclosed tag; check it in Google Earth or a text editor and save it again', zh: 'parks.geojson：不是格式正确的 XML（第 4 行第 2 列）：unclosed tag；请在 Google Earth 或文本编辑器中检查后重新保存' },
  { code: 'xml-not-geo', params: { root: 'svg' }, en: 'parks.geojson: is XML but not KML or GPX (its root element is <svg>)', zh: 'parks.geojson：是 XML，但不是 KML 或 GPX（根元素为 <svg>）' },
  { code: 'zip-unreadable', params: { detail: 'bad central directory' }, en: 'parks.geojson: is not a readable ZIP archive (bad central directory)', zh: 'parks.geojson：不是可读取的 ZIP 压缩包（bad central directory）' },
  { code: 'zip-no-layer', params: { entries: 'a.txt' }, en: 'parks.geojson: is a ZIP archive without a shapefile (.shp) or KML inside (it holds: a.txt); zip the .shp, .shx, .dbf and .prj of one layer together and import that', zh: 'parks.geojson：是 ZIP 压缩包，但其中没有 Shapefile（.shp）或 KML（包含：a.txt）；请把同一图层的 .shp、.shx、.dbf、.prj 一起压缩后导入' },
  { code: 'shp-prj-unknown', params: { prj: '"a.prj"', system: '"Grid"' }, en: 'parks.geojson: has a projection file "a.prj" naming a coordinate system that cannot be read ("Grid"); export the layer in WGS84 (EPSG:4326) or CGCS2000 (EPSG:4490) and zip it again', zh: 'parks.geojson：的投影文件 "a.prj" 所写的坐标系无法识别（"Grid"）；请把图层导出为 WGS84（EPSG:4326）或 CGCS2000（EPSG:4490）后重新压缩' },
  { code: 'shp-reprojected', params: { prj: '"a.prj"', system: '"Xian_1980"' }, en: 'parks.geojson: coordinates converted to WGS84 from "Xian_1980", as "a.prj" says', zh: 'parks.geojson：坐标已按 "a.prj" 从 "Xian_1980" 转换为 WGS84' },
  { code: 'shp-no-prj', params: { shp: '"a.shp"' }, en: 'parks.geojson: "a.shp" has no .prj beside it; its coordinates are read as WGS84 longitude and latitude', zh: 'parks.geojson："a.shp" 旁没有同名 .prj 投影文件；坐标按 WGS84 经纬度读取' },
  { code: 'shp-unreadable', params: { shp: '"a.shp"', detail: 'bad type' }, en: 'parks.geojson: "a.shp" cannot be read as a shapefile (bad type)', zh: 'parks.geojson："a.shp" 无法作为 Shapefile 读取（bad type）' },
];

describe('formatProblem', () => {
  it.each(CASES.map((c) => [c.code, c] as const))('words %s in English and Chinese', (_code, c) => {
    expect(formatProblem(facts(c), 'en')).toBe(c.en);
    expect(formatProblem(facts(c), 'zh')).toBe(c.zh);
  });

  it('has a case for every problem code the importer can report', () => {
    const covered = new Set(CASES.map((c) => c.code));
    // Each code below is written by hand: a new code without a wording test fails here.
    const all: ProblemCode[] = [
      'file-too-large', 'file-empty', 'format-unsupported', 'no-features', 'too-many-features', 'too-many-positions',
      'json-invalid', 'geojson-not-object', 'geojson-no-features-list', 'geojson-no-type', 'topojson-invalid',
      'csv-no-coordinate-columns', 'csv-parse', 'csv-row-parse', 'record-not-object', 'feature-type-wrong',
      'geometry-missing', 'topojson-type-null', 'topojson-arcs-undecodable', 'type-missing', 'type-not-string',
      'type-misspelt', 'type-unknown', 'geometry-not-object', 'collection-no-geometries', 'coordinates-missing',
      'not-a-list', 'line-too-short', 'ring-not-closed', 'ring-closed', 'ring-too-short', 'position-invalid',
      'coord-not-finite', 'coord-missing', 'coord-text', 'coord-not-number', 'cell-empty', 'wkt-invalid',
      'partly-outside', 'swapped', 'swap-applied', 'mercator', 'mercator-applied', 'outside',
      'cell-not-number', 'place-unmatched', 'place-county-unmatched', 'place-too-coarse', 'divisions-unavailable', 'xlsx-unreadable', 'xlsx-too-large', 'xls-old-format',
      'numbers-format', 'sheet-not-found',
      'json-list-not-features', 'echarts-undecodable', 'echarts-slivers-dropped', 'xml-invalid', 'xml-not-geo', 'zip-unreadable',
      'zip-no-layer', 'shp-prj-unknown', 'shp-reprojected', 'shp-no-prj', 'shp-unreadable',
    ];
    expect([...covered].sort()).toEqual([...all].sort());
  });
});

describe('problems from real files, worded at display time', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('keeps the file, record, id and field on the problem, and words it in both languages', () => {
    const result = importTextFile({ name: 'projects.csv', bytes: bytes('编号,lon,lat\nP-01,104.1,30.6\nP-07,104.2,abc\n') });
    const [problem] = result.errors;
    expect(problem).toMatchObject({ file: 'projects.csv', index: 1, id: 'P-07', field: 'lat', code: 'coord-not-number', params: { value: '"abc"' } });
    expect(problem?.message).toBe('projects.csv: row 3 (id P-07): "lat" is not a number ("abc")');
    expect(formatProblem(problem!, 'zh')).toBe('projects.csv：第 3 行（编号 P-07）："lat" 不是数字（"abc"）');
  });

  it('words an unclosed ring in a GeoJSON file in Chinese', () => {
    const ring = [[104, 30.5], [104.2, 30.5], [104.2, 30.7], [104, 30.7]];
    const collection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }] };
    const [problem] = importTextFile({ name: 'parks.geojson', bytes: bytes(JSON.stringify(collection)) }).errors;
    expect(formatProblem(problem!, 'zh')).toBe('parks.geojson：第 0 个要素："geometry" 的第 0 个环未闭合（起点为 [104, 30.5]，终点却为 [104, 30.7]）');
  });

  it('survives the structured copy to and from the worker', () => {
    const [problem] = importTextFile({ name: 'a.geojson', bytes: bytes('{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["x",30]}}') }).errors;
    const copied = structuredClone(problem!);
    expect(formatProblem(copied, 'zh')).toBe('a.geojson：第 0 个要素："geometry" 的经度不是数字（"x"）');
    expect(formatProblem(copied, 'en')).toBe(copied.message);
  });
});

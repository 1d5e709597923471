// URL codec for the planner's marks (an=): notes, arrows, circles and areas in the compact text form
// of src/annotations/annotation.ts. A bad item is dropped with its own notice; the others still apply.
import { defineFieldCodec, type FieldCodec } from './url-codec';
import { formatAnnotations, MAX_ANNOTATIONS, MAX_AREA_CORNERS, MAX_CIRCLE_KM, MAX_NOTE_CHARS, parseAnnotations } from '../annotations/annotation';

export const annotationCodecs: FieldCodec[] = [
  defineFieldCodec({
    field: 'annotations',
    param: 'an',
    history: 'push',
    expected: {
      zh: `标注（最多 ${MAX_ANNOTATIONS} 个，以 ~ 分隔：n:经度,纬度,文字（不超过 ${MAX_NOTE_CHARS} 字）、a:经度,纬度,经度,纬度、c:经度,纬度,千米（不超过 ${MAX_CIRCLE_KM}）或 p:经度,纬度,…（3–${MAX_AREA_CORNERS} 个角点））`,
      en: `annotation (up to ${MAX_ANNOTATIONS}, separated by ~: n:lon,lat,text (at most ${MAX_NOTE_CHARS} characters), a:lon,lat,lon,lat, c:lon,lat,km (at most ${MAX_CIRCLE_KM}) or p:lon,lat,… (3–${MAX_AREA_CORNERS} corners))`,
    },
    parse: (raw) => {
      const { annotations } = parseAnnotations(raw);
      return annotations.length > 0 ? annotations : undefined;
    },
    rejected: (raw) => parseAnnotations(raw).rejected,
    serialize: (annotations) => (annotations.length > 0 ? formatAnnotations(annotations) : null),
  }),
];

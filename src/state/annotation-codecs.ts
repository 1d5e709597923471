// URL codec for the planner's marks (an=): notes, arrows, circles and areas in the compact text form
// of src/annotations/annotation.ts. A bad item is dropped with its own notice; the others still apply.
import { bothLanguages } from '../i18n/translate';
import { defineFieldCodec, type FieldCodec } from './url-codec';
import { formatAnnotations, MAX_ANNOTATIONS, MAX_AREA_CORNERS, MAX_CIRCLE_KM, MAX_NOTE_CHARS, parseAnnotations } from '../annotations/annotation';

export const annotationCodecs: FieldCodec[] = [
  defineFieldCodec({
    field: 'annotations',
    param: 'an',
    history: 'push',
    expected: bothLanguages('url.expected.annotations', {
      max: MAX_ANNOTATIONS,
      noteChars: MAX_NOTE_CHARS,
      circleKm: MAX_CIRCLE_KM,
      corners: MAX_AREA_CORNERS,
    }),
    parse: (raw) => {
      const { annotations } = parseAnnotations(raw);
      return annotations.length > 0 ? annotations : undefined;
    },
    rejected: (raw) => parseAnnotations(raw).rejected,
    serialize: (annotations) => (annotations.length > 0 ? formatAnnotations(annotations) : null),
  }),
];

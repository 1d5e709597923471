// Strings of the Annotate button and its card's title (the first view); the card's other words load with
// it (../annotation-strings.ts). Merged into the one table in ../strings.ts.
export const annotateZh = {
  'annotate.button': '标注',
  'annotate.buttonLabel': '标注：在地图上添加文字、箭头和高亮',
  'annotate.title': '标注',
  'annotate.drawing': '标注工具',
  'annotate.fold': '收起',
  'annotate.unfold': '展开',
} as const;

export const annotateEn: Record<keyof typeof annotateZh, string> = {
  'annotate.button': 'Annotate',
  'annotate.buttonLabel': 'Annotate: add notes, arrows and highlights on the map',
  'annotate.title': 'Annotations',
  'annotate.drawing': 'the annotation tool',
  'annotate.fold': 'Fold',
  'annotate.unfold': 'Unfold',
};

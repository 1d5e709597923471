// The export as a vector PDF: the same SVG page the PNG and SVG downloads use, drawn with pdf-lib
// as paths and real text (selectable, searchable) in the shipped CJK font, embedded as a subset of
// the glyphs used. One SVG per page, so an atlas is one call. Pure: runs in the browser and in Node.
import { PDFDocument, PDFName, PDFString, type PDFFont, type PDFPage, LineCapStyle, LineJoinStyle, TextRenderingMode, clip, endPath, popGraphicsState, pushGraphicsState, rectangle, rgb, setLineJoin, setLineWidth, setStrokingRgbColor, setTextRenderingMode, type RGB } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { allText, parseSvg, type SvgNode } from './svg-tree.ts';
import { readWoff, subsetForText } from './font-subset.ts';

const PT_PER_MM = 72 / 25.4;
/** CSS pixels are 1/96 inch; screen presets (1920 px) become pages at this size */
const PT_PER_PX = 72 / 96;

export interface PdfMeta {
  title: string;
  /** YYYY-MM-DD, the export's date (kept in the file so the same input gives the same bytes) */
  date: string;
  lang: string;
}

interface Style {
  fill: string;
  stroke: string;
  strokeWidth: number;
  fillOpacity: number;
  fontSize: number;
  bold: boolean;
  anchor: string;
  dash: number[] | undefined;
  lineCap: string;
  lineJoin: string;
}

const INHERITED: Style = { fill: '#000000', stroke: 'none', strokeWidth: 1, fillOpacity: 1, fontSize: 16, bold: false, anchor: 'start', dash: undefined, lineCap: 'butt', lineJoin: 'miter' };

function colour(value: string): RGB | undefined {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(value.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? m[1]!.replace(/./g, (c) => c + c) : m[1]!;
  const n = parseInt(hex, 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

function num(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : parseFloat(value);
  return Number.isFinite(n) ? n : fallback;
}

function styleOf(node: SvgNode, parent: Style): Style {
  const a = node.attrs;
  return {
    fill: a.fill ?? parent.fill,
    stroke: a.stroke ?? parent.stroke,
    strokeWidth: num(a['stroke-width'], parent.strokeWidth),
    fillOpacity: num(a['fill-opacity'], parent.fillOpacity),
    fontSize: num(a['font-size'], parent.fontSize),
    bold: a['font-weight'] ? a['font-weight'] === '700' || a['font-weight'] === 'bold' : parent.bold,
    anchor: a['text-anchor'] ?? parent.anchor,
    dash: a['stroke-dasharray'] ? a['stroke-dasharray'].split(/[\s,]+/).map(Number) : parent.dash,
    lineCap: a['stroke-linecap'] ?? parent.lineCap,
    lineJoin: a['stroke-linejoin'] ?? parent.lineJoin,
  };
}

/** Page size in points from the SVG's width/height ("297mm" or pixels). */
function pageSize(svg: SvgNode): { width: number; height: number; viewWidth: number; viewHeight: number } {
  const [, , viewWidth, viewHeight] = (svg.attrs.viewBox ?? '').split(/\s+/).map(Number);
  if (!viewWidth || !viewHeight) throw new Error('SVG: no viewBox');
  const toPt = (value: string | undefined) => (value?.endsWith('mm') ? parseFloat(value) * PT_PER_MM : num(value, 0) * PT_PER_PX);
  return { width: toPt(svg.attrs.width), height: toPt(svg.attrs.height), viewWidth, viewHeight };
}

/** A group's transform so far: page = (t + s · v); only translate and uniform scale are written. */
interface Transform {
  tx: number;
  ty: number;
  s: number;
}

/** Applies a transform attribute ("translate(x y) scale(k)") after `t`. */
export function composeTransform(t: Transform, attr: string | undefined): Transform {
  let out = t;
  for (const [, op, args] of (attr ?? '').matchAll(/(translate|scale)\(([^)]*)\)/g)) {
    const [a = 0, b = 0] = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    out = op === 'translate' ? { tx: out.tx + out.s * a, ty: out.ty + out.s * b, s: out.s } : { ...out, s: out.s * a };
  }
  return out;
}

class PageDrawer {
  private clips = new Map<string, SvgNode>();
  private t: Transform = { tx: 0, ty: 0, s: 1 };
  constructor(
    private page: PDFPage,
    private font: PDFFont,
    private scale: number,
    private height: number,
  ) {}

  private x(v: number): number {
    return (this.t.tx + this.t.s * v) * this.scale;
  }
  private y(v: number): number {
    return this.height - (this.t.ty + this.t.s * v) * this.scale;
  }
  /** a length (width, radius, font size) from SVG units to points */
  private len(v: number): number {
    return v * this.t.s * this.scale;
  }

  draw(node: SvgNode, parent: Style): void {
    const style = styleOf(node, parent);
    switch (node.name) {
      case 'svg':
      case 'g':
      case 'a':
        return this.group(node, style);
      case 'defs':
        for (const child of node.children) if (child.name === 'clipPath' && child.attrs.id) this.clips.set(child.attrs.id, child);
        return;
      case 'rect':
        return this.rect(node, style);
      case 'circle':
        return this.circle(node, style);
      case 'path':
        return this.path(node, style);
      case 'text':
        return this.text(node, style);
    }
  }

  private group(node: SvgNode, style: Style): void {
    const saved = this.t;
    this.t = composeTransform(saved, node.attrs.transform);
    try {
      this.groupBody(node, style);
    } finally {
      this.t = saved;
    }
  }

  private groupBody(node: SvgNode, style: Style): void {
    const clipId = /url\(#([^)]+)\)/.exec(node.attrs['clip-path'] ?? '')?.[1];
    const clipRect = clipId ? this.clips.get(clipId)?.children.find((c) => c.name === 'rect') : undefined;
    if (clipRect) {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => num(clipRect.attrs[k], 0)) as [number, number, number, number];
      this.page.pushOperators(pushGraphicsState(), rectangle(this.x(x), this.y(y + h), this.len(w), this.len(h)), clip(), endPath());
    }
    for (const child of node.children) this.draw(child, style);
    if (clipRect) this.page.pushOperators(popGraphicsState());
    if (node.name === 'a' && node.attrs.href) this.link(node, style);
  }

  private paint(style: Style) {
    const fill = style.fill === 'none' ? undefined : colour(style.fill);
    const stroke = style.stroke === 'none' ? undefined : colour(style.stroke);
    return {
      ...(fill ? { color: fill, opacity: style.fillOpacity } : {}),
      ...(stroke ? { borderColor: stroke, borderWidth: style.strokeWidth } : {}),
    };
  }

  private rect(node: SvgNode, style: Style): void {
    const a = node.attrs;
    const [x, y, w, h] = [num(a.x, 0), num(a.y, 0), num(a.width, 0), num(a.height, 0)];
    const paint = this.paint(style);
    if (!paint.color && !paint.borderColor) return;
    this.page.drawRectangle({ x: this.x(x), y: this.y(y + h), width: this.len(w), height: this.len(h), ...paint, ...(paint.borderWidth ? { borderWidth: this.len(paint.borderWidth) } : {}) });
  }

  private circle(node: SvgNode, style: Style): void {
    const a = node.attrs;
    const paint = this.paint(style);
    this.page.drawCircle({ x: this.x(num(a.cx, 0)), y: this.y(num(a.cy, 0)), size: this.len(num(a.r, 0)), ...paint, ...(paint.borderWidth ? { borderWidth: this.len(paint.borderWidth) } : {}) });
  }

  private path(node: SvgNode, style: Style): void {
    const d = node.attrs.d;
    if (!d) return;
    const [tx, ty] = (/translate\(([-\d.]+),([-\d.]+)\)/.exec(node.attrs.transform ?? '')?.slice(1).map(Number) ?? [0, 0]) as [number, number];
    const paint = this.paint(style);
    if (!paint.color && !paint.borderColor) return;
    // line joins are not among drawSvgPath's options; set them in the graphics state around it
    const round = style.lineJoin === 'round';
    if (round) this.page.pushOperators(pushGraphicsState(), setLineJoin(LineJoinStyle.Round));
    this.page.drawSvgPath(d, {
      x: this.x(tx),
      y: this.y(ty),
      scale: this.len(1),
      ...paint,
      ...(style.dash ? { borderDashArray: style.dash } : {}),
      ...(style.lineCap === 'round' ? { borderLineCap: LineCapStyle.Round } : {}),
    });
    if (round) this.page.pushOperators(popGraphicsState());
  }

  private lines(node: SvgNode, style: Style): { text: string; x: number; y: number; size: number }[] {
    const runs = node.children.filter((c) => c.name === 'tspan');
    const dy = node.attrs.dy?.endsWith('em') ? parseFloat(node.attrs.dy) * style.fontSize : num(node.attrs.dy, 0);
    const items = runs.length > 0 ? runs.map((r) => ({ text: r.text, x: num(r.attrs.x ?? node.attrs.x, 0), y: num(r.attrs.y ?? node.attrs.y, 0) })) : [{ text: node.text, x: num(node.attrs.x, 0), y: num(node.attrs.y, 0) }];
    return items
      .filter((item) => item.text.trim() !== '')
      .map((item) => {
        const size = this.len(style.fontSize);
        const width = this.font.widthOfTextAtSize(item.text, size);
        const shift = style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0;
        return { text: item.text, x: this.x(item.x) - shift, y: this.y(item.y + dy), size };
      });
  }

  private text(node: SvgNode, style: Style): void {
    const fill = colour(style.fill) ?? rgb(0, 0, 0);
    const halo = style.stroke !== 'none' ? colour(style.stroke) : undefined;
    for (const line of this.lines(node, style)) {
      if (halo) {
        // the halo under the letters (paint-order="stroke"): outline only, in the halo colour
        this.page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.Outline), setLineWidth(this.len(style.strokeWidth)), setLineJoin(LineJoinStyle.Round), setStrokingRgbColor(halo.red, halo.green, halo.blue));
        this.page.drawText(line.text, { x: line.x, y: line.y, size: line.size, font: this.font, color: fill });
        this.page.pushOperators(popGraphicsState());
      }
      if (style.bold) {
        // one weight is shipped: bold is the regular face with a thin outline in the same colour
        this.page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(line.size * 0.035), setStrokingRgbColor(fill.red, fill.green, fill.blue));
      }
      this.page.drawText(line.text, { x: line.x, y: line.y, size: line.size, font: this.font, color: fill });
      if (style.bold) this.page.pushOperators(popGraphicsState());
    }
  }

  /** A clickable link over the text inside <a href>. */
  private link(node: SvgNode, style: Style): void {
    const boxes = node.children.filter((c) => c.name === 'text').flatMap((t) => this.lines(t, styleOf(t, style)).map((l) => [l.x, l.y - l.size * 0.25, l.x + this.font.widthOfTextAtSize(l.text, l.size), l.y + l.size]));
    if (boxes.length === 0) return;
    const rect = [Math.min(...boxes.map((b) => b[0]!)), Math.min(...boxes.map((b) => b[1]!)), Math.max(...boxes.map((b) => b[2]!)), Math.max(...boxes.map((b) => b[3]!))];
    const context = this.page.doc.context;
    const annotation = context.register(
      context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: { Type: 'Action', S: 'URI', URI: PDFString.of(node.attrs.href!) } }),
    );
    const annots = this.page.node.lookup(PDFName.of('Annots'));
    if (annots && 'push' in annots) (annots as { push(v: unknown): void }).push(annotation);
    else this.page.node.set(PDFName.of('Annots'), context.obj([annotation]));
  }
}

/**
 * One PDF page per SVG, each the size the SVG declares (millimetres for paper presets). `fontWoff`
 * is the shipped TrueType WOFF; only the glyphs the pages show are embedded.
 */
export async function renderPdf(svgs: readonly string[], fontWoff: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  const trees = svgs.map(parseSvg);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const tables = await readWoff(fontWoff);
  const font = await doc.embedFont(subsetForText(tables, trees.map(allText).join('')), { subset: false });
  const when = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage(meta.lang);
  doc.setCreator('Chengdu–Chongqing Economic Circle map');
  doc.setProducer('pdf-lib');
  if (!Number.isNaN(when.getTime())) {
    doc.setCreationDate(when);
    doc.setModificationDate(when);
  }
  for (const tree of trees) {
    const size = pageSize(tree);
    const page = doc.addPage([size.width, size.height]);
    new PageDrawer(page, font, size.width / size.viewWidth, size.height).draw(tree, INHERITED);
  }
  return doc.save();
}

// Reads back the SVG this project's renderer writes (well-formed, double-quoted attributes, no
// comments or CDATA) into a small tree, so the PDF writer can draw the same page. Not a general
// XML parser: the renderer is its only input.

export interface SvgNode {
  name: string;
  attrs: Record<string, string>;
  children: SvgNode[];
  /** character data directly inside the element, entities decoded */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTR = /([\w:-]+)="([^"]*)"/g;

export function parseSvg(svg: string): SvgNode {
  const root: SvgNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: SvgNode[] = [root];
  let last = 0;
  for (const match of svg.matchAll(TAG)) {
    const top = stack[stack.length - 1]!;
    top.text += decodeEntities(svg.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, name, attrText, selfClosing] = match;
    if (closing) {
      if (top.name !== name) throw new Error(`SVG: </${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, key, value] of attrText!.matchAll(ATTR)) attrs[key!] = decodeEntities(value!);
    const node: SvgNode = { name: name!, attrs, children: [], text: '' };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`SVG: <${stack[stack.length - 1]!.name}> is not closed`);
  const svgNode = root.children.find((n) => n.name === 'svg');
  if (!svgNode) throw new Error('SVG: no <svg> element');
  return svgNode;
}

/** Every string of text the page shows, for choosing the glyphs to embed. */
export function allText(node: SvgNode): string {
  return node.text + node.children.map(allText).join('');
}

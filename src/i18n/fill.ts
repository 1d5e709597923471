// Fills a template's placeholders: `{name}` takes the parameter, `{count|feature|features}` the first
// word when the parameter is 1, else the second (English needs it; Chinese has no plural and does not
// use it). Knows no table, so the import worker can word its problems without the UI's words.
export type Params = Record<string, string | number>;

const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

export function fill(template: string, params: Params = {}): string {
  return template
    .replace(PLURAL, (whole, name: string, one: string, other: string) => (name in params ? (Number(params[name]) === 1 ? one : other) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

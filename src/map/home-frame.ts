// How much of the default view the planning area fills: most of a phone's narrow width (there is no
// room for context there), about four fifths of a desktop view, leaving western Sichuan at the edge.
export const PHONE_MAX_WIDTH = 640;

export function homeShare(viewWidth: number): number {
  return viewWidth <= PHONE_MAX_WIDTH ? 0.9 : 0.8;
}

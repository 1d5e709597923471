// What an atlas can have one page per. Its own module so the Export dialog and the command-line
// options can list the kinds without pulling the atlas writer into the first view.
export const ATLAS_KINDS = ['prefecture', 'zone', 'selection'] as const;
export type AtlasKind = (typeof ATLAS_KINDS)[number];

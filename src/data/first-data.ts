// The data both first views draw (the manifest, the base boundaries and the project features),
// asked for by the first code the page runs: src/main.ts imports this module before anything else,
// so the requests leave while the rest of the script is still being evaluated. They are not
// preloaded from index.html: on a phone's slow network a preload shares the bandwidth with the
// script and makes it arrive last, so nothing could run until every byte was in; asked for here,
// the script arrives first and evaluates while the data downloads (bench: embed-phone-first-map).

/** Where a data file is, relative to the document, so the build works from any sub-path. */
export function dataURL(file: string): string {
  return new URL(`data/${file}`, document.baseURI).href;
}

const FIRST_DATA = ['manifest.json', 'boundaries-base.json', 'features.json'];

const started = new Map<string, Promise<Response>>();

/** Sends the first view's requests now (once; a later call does nothing). */
export function startFirstData(): void {
  if (started.size > 0) return;
  for (const file of FIRST_DATA) {
    const response = fetch(dataURL(file));
    // a failed request is reported by whoever takes it; until then it is not an unhandled rejection
    response.catch(() => undefined);
    started.set(file, response);
  }
}

/**
 * The response to a request sent by startFirstData, handed out once (a remount fetches again,
 * from the HTTP cache), or a new request.
 */
export function fetchData(file: string): Promise<Response> {
  const early = started.get(file);
  if (early) {
    started.delete(file);
    return early;
  }
  return fetch(dataURL(file));
}

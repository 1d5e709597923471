// Saves a Blob as a file through a temporary link: the only way a browser page can start a
// download without a server round trip.

/** How long the object URL lives after the click; some browsers read it asynchronously. */
const REVOKE_DELAY_MS = 1000;

export function triggerDownload(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}

export const CSV_MIME = 'text/csv;charset=utf-8';
export const GEOJSON_MIME = 'application/geo+json';

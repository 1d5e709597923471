// SVG string -> PNG bytes in the browser: blob: URL -> <img> -> <canvas> -> PNG, then the print
// resolution goes into the pHYs chunk (canvas never writes one). Works under the app's CSP
// because img-src allows blob: and the blob is same-origin, so the canvas is not tainted.
import { withPhysDpi } from '../export/png-phys';
import { ExportFailure } from './export-failure';

function abortError(): DOMException {
  return new DOMException('The export was cancelled', 'AbortError');
}

/** Rejects as soon as `signal` aborts; the underlying work is left to finish and is discarded. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new ExportFailure('svg-not-drawn'));
    image.src = url;
  });
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ExportFailure('png-not-encoded', { width: canvas.width, height: canvas.height }))), 'image/png');
  });
}

export interface RasterSize {
  widthPx: number;
  heightPx: number;
  dpi: number;
}

export async function rasteriseSvg(svg: string, size: RasterSize, signal?: AbortSignal): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await abortable(loadImage(url), signal);
    const canvas = document.createElement('canvas');
    canvas.width = size.widthPx;
    canvas.height = size.heightPx;
    const context = canvas.getContext('2d');
    if (!context) throw new ExportFailure('no-canvas');
    context.drawImage(image, 0, 0, size.widthPx, size.heightPx);
    const blob = await abortable(canvasToPng(canvas), signal);
    const bytes = new Uint8Array(await abortable(blob.arrayBuffer(), signal));
    // free the large bitmap now rather than at the next collection
    canvas.width = canvas.height = 0;
    return withPhysDpi(bytes, size.dpi);
  } finally {
    URL.revokeObjectURL(url);
  }
}

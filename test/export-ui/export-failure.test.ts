// An export that fails says why in the page's language: each failure has a code worded in both.
import { describe, expect, it } from 'vitest';
import { exportEn, exportZh } from '../../src/i18n/tables/export.ts';
import { ExportFailure, exportFailureText, type ExportFailureCode } from '../../src/export-ui/export-failure.ts';
import { runExport } from '../../src/export-ui/run-export.ts';
import type { RunExportOptions } from '../../src/export-ui/run-export.ts';

const HAN = /[\u4e00-\u9fff]/;

describe('export failures', () => {
  it('words every failure in Chinese and in English', () => {
    const codes = Object.keys(exportZh).filter((key) => key.startsWith('export.error.')).map((key) => key.slice('export.error.'.length) as ExportFailureCode);
    expect(codes.sort()).toEqual(['atlas-not-svg', 'no-canvas', 'png-not-encoded', 'svg-not-drawn']);
    for (const code of codes) {
      const failure = new ExportFailure(code, { width: 3508, height: 2480 });
      expect(exportFailureText(failure, 'zh'), code).toMatch(HAN);
      expect(exportFailureText(failure, 'en'), code).toBe(failure.message);
      expect(failure.message, code).not.toMatch(HAN);
      expect(exportEn[`export.error.${code}`]).not.toBe(exportZh[`export.error.${code}`]);
    }
    expect(exportFailureText(new ExportFailure('png-not-encoded', { width: 3508, height: 2480 }), 'zh')).toBe('浏览器无法编码 3508×2480 像素的 PNG');
  });

  it('refuses an atlas as SVG with a reason a Chinese page shows in Chinese', async () => {
    const run = { options: { preset: 'a4-landscape', dpi: 300, format: 'svg', lang: 'zh', atlas: 'prefecture' }, signal: new AbortController().signal, onFontMissing: () => undefined } as unknown as RunExportOptions;
    const failure = await runExport(run).then(() => null, (error: unknown) => error);
    expect(exportFailureText(failure, 'zh')).toBe('“每页一个…”的多页导出只能存为 PDF 或 PNG 页面：请选择 PDF 或 PNG');
    expect(exportFailureText(failure, 'en')).toBe('an atlas (one page per…) is written as a PDF or as PNG pages: choose PDF or PNG');
  });

  it('keeps the message of an error it does not know', () => {
    expect(exportFailureText(new Error('HTTP 500'), 'zh')).toBe('HTTP 500');
  });
});

import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './report-download';

describe('fileNameFrom', () => {
  it.each([
    [null, 'report.pdf'],
    ['attachment', 'report.pdf'],
    ['attachment; filename="rossi-food-2026.pdf"', 'rossi-food-2026.pdf'],
    ['attachment; filename=plain.pptx', 'plain.pptx'],
    [`attachment; filename="?.pdf"; filename*=UTF-8''%D8%B1%D8%B3%DB%8C.pdf`, 'رسی.pdf'],
    [`attachment; filename="broken.pdf"; filename*=UTF-8''%E0%A4%A.pdf`, 'broken.pdf'],
  ])('should read %s as %s', (header, expected) => {
    expect(fileNameFrom(header, 'report.pdf')).toBe(expected);
  });
});

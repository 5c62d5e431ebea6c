import pptxgenjs from 'pptxgenjs';
import { formatReportScore, type ReportLabels, type ReportModel } from '@omcheck/shared';

/** 16:9 in inches (pptxgenjs `LAYOUT_16x9`). */
export const SLIDE = { w: 10, h: 5.625 } as const;
export const MARGIN = 0.45;
export const CONTENT = { top: 1.0, bottom: 5.15 } as const;
export const CONTENT_W = SLIDE.w - 2 * MARGIN;

/** The web app's palette (client/src/styles/main.css) plus a teal accent for the deck. */
export const COLOR = {
  navy: '1D4F8C',
  navyDark: '153C6C',
  teal: '0F7C80',
  grey: '8C96A3',
  text: '18212D',
  muted: '4B5665',
  border: 'D3D9E1',
  soft: 'E9F0F9',
  white: 'FFFFFF',
} as const;

export const MASTER = 'OMCHECK_CONTENT';

/*
 * pptxgenjs ships one declaration file for its CommonJS and ES builds, written as an ES module
 * in a package without "type": "module". TypeScript (NodeNext) therefore types the default
 * import as the module object `{ default: PptxGenJS }`, while Node and Vitest load the ES build
 * whose default export is the class itself. The types are reached through `.default`; the class
 * is whichever shape is there at run time.
 */
type PptxClass = typeof pptxgenjs.default;
export type Pptx = pptxgenjs.default;
export type TextOptions = pptxgenjs.default.TextPropsOptions;
export type TextRun = pptxgenjs.default.TextProps;
export type Slide = pptxgenjs.default.Slide;
export type TableRow = pptxgenjs.default.TableRow;
/** pptxgenjs writes `rtlMode` into a cell's paragraphs, although its type leaves it out. */
export type CellOptions = pptxgenjs.default.TableCellProps & { rtlMode?: boolean };

/** A new, empty presentation. */
export function newPresentation(): Pptx {
  const loaded: unknown = pptxgenjs;
  const PptxGenJS = ((loaded as { default?: PptxClass }).default ?? loaded) as PptxClass;
  return new PptxGenJS();
}

/** Everything a slide needs: the presentation, the model, its words and its direction. */
export interface DeckContext {
  pres: Pptx;
  model: ReportModel;
  labels: ReportLabels;
  rtl: boolean;
  font: string;
  /** Between items on one line. */
  separator: string;
  /** Document title and organisation, at the foot of every content slide. */
  footer: string;
}


/**
 * Base text options in the deck's language. Persian needs `rtlMode` on every paragraph (the
 * presentation flag alone does not make paragraphs right-to-left) and right alignment.
 */
export function textOptions(ctx: DeckContext, over: TextOptions = {}): TextOptions {
  return {
    fontFace: ctx.font,
    color: COLOR.text,
    lang: ctx.rtl ? 'fa-IR' : ctx.model.locale,
    valign: 'top',
    margin: 0,
    ...(ctx.rtl ? { rtlMode: true, align: 'right' as const } : { align: 'left' as const }),
    ...over,
  };
}

/** A box's left edge, mirrored for right-to-left so layouts read from the right. */
export function mirrorX(ctx: DeckContext, left: number, width: number): number {
  return ctx.rtl ? SLIDE.w - left - width : left;
}

/** A score or count as the report's language writes it (Persian digits in Persian); '–' when there is none. */
export function formatScore(ctx: DeckContext, value: number | null, fractionDigits = 0): string {
  return formatReportScore(value, ctx.model.locale, fractionDigits);
}

/** Cuts a text at a word boundary with an ellipsis, so a box never overflows on any reader. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/** Table columns are written left to right; in Persian the first column belongs on the right. */
export function inReadingOrder<T>(ctx: DeckContext, cells: T[]): T[] {
  return ctx.rtl ? [...cells].reverse() : cells;
}

/**
 * One content slide: the shared master, its title and the footer. The footer is written on each
 * slide, not in the master: LibreOffice lays out master text left to right whatever its `rtl`.
 */
export function contentSlide(ctx: DeckContext, title: string): Slide {
  const slide = ctx.pres.addSlide({ masterName: MASTER });
  slide.addText(truncate(ctx.footer, 110), textOptions(ctx, { x: MARGIN + (ctx.rtl ? 0.6 : 0), y: 5.3, w: CONTENT_W - 0.6, h: 0.25, fontSize: 9, color: COLOR.muted }));
  slide.addText(truncate(title, 70), textOptions(ctx, {
    x: MARGIN, y: 0.12, w: CONTENT_W, h: 0.56, fontSize: 22, bold: true, color: COLOR.white, valign: 'middle', fit: 'shrink',
  }));
  return slide;
}

/** Defines the master of every content slide: navy title bar, teal rule, footer rule, slide number. */
export function defineMaster(ctx: DeckContext): void {
  ctx.pres.defineSlideMaster({
    title: MASTER,
    background: { color: COLOR.white },
    objects: [
      { rect: { x: 0, y: 0, w: SLIDE.w, h: 0.8, fill: { color: COLOR.navy } } },
      { rect: { x: 0, y: 0.8, w: SLIDE.w, h: 0.05, fill: { color: COLOR.teal } } },
      { rect: { x: MARGIN, y: 5.25, w: CONTENT_W, h: 0.01, fill: { color: COLOR.border } } },
    ],
    slideNumber: { x: mirrorX(ctx, SLIDE.w - MARGIN - 0.5, 0.5), y: 5.3, w: 0.5, h: 0.25, fontFace: ctx.font, fontSize: 9, color: COLOR.muted, align: ctx.rtl ? 'left' : 'right' },
  });
}

/** Table cell options in the deck's language; header cells in navy. Margins in inches. */
export function cellOptions(ctx: DeckContext, header: boolean, over: CellOptions = {}): CellOptions {
  return {
    fontFace: ctx.font,
    fontSize: 11,
    color: header ? COLOR.white : COLOR.text,
    bold: header,
    fill: { color: header ? COLOR.navy : COLOR.white },
    align: ctx.rtl ? 'right' : 'left',
    valign: 'middle',
    margin: [0.04, 0.08, 0.04, 0.08],
    border: { type: 'solid', pt: 0.75, color: COLOR.border },
    ...(ctx.rtl ? { rtlMode: true, lang: 'fa-IR' } : {}),
    ...over,
  };
}

/** A table row in reading order (mirrored in Persian). */
export function tableRow(ctx: DeckContext, header: boolean, cells: Array<{ text: string; options?: CellOptions }>): TableRow {
  return inReadingOrder(ctx, cells.map((cell) => ({ text: cell.text, options: cellOptions(ctx, header, cell.options) })));
}

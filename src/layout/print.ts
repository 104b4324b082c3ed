/**
 * Page setup as data: every sheet prints landscape, one page wide, with its header rows
 * repeated on each page and a footer naming the company, the cycle and the page. Both renderers
 * turn a sheet's `print` into their own calls; the header and footer text here is in Excel's
 * header/footer codes ("&L" left, "&C" centre, "&R" right, "&P" page, "&N" pages, "&A" sheet
 * name, "&&" a literal "&"), which Excel limits to 255 characters per header or footer.
 */
import type { SheetSpec } from "./types";

export type PrintSetup = NonNullable<SheetSpec["print"]>;

/** Excel's limit on a header's or a footer's text, codes included. */
export const HEADER_FOOTER_MAX = 255;

/** The three parts of a header or footer, each in header/footer codes. */
export interface HeaderFooterParts {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** Plain text in header/footer codes ("&" doubled), cut so the coded text stays within `max` characters. */
export function headerFooterText(plain: string, max: number): string {
  let out = "";
  for (const ch of plain) {
    const coded = ch === "&" ? "&&" : ch;
    if (out.length + coded.length > max) return out;
    out += coded;
  }
  return out;
}

const PAGE = "Page &P of &N";
const SHEET = "&A";
const BOLD = '&"-,Bold"';

/** The footer: company and cycle on the left, the sheet's name in the centre, the page on the right. */
export function footerParts(footer: string): HeaderFooterParts {
  const room = HEADER_FOOTER_MAX - "&L&C&R".length - SHEET.length - PAGE.length;
  return { left: headerFooterText(footer, room), center: SHEET, right: PAGE };
}

/** The header: the title in bold, centred. */
export function headerParts(title: string): HeaderFooterParts {
  const room = HEADER_FOOTER_MAX - "&C".length - BOLD.length;
  return { left: "", center: BOLD + headerFooterText(title, room), right: "" };
}

/** The parts as one header or footer string ("&L...&C...&R..."), empty parts left out. */
export function joinParts(p: HeaderFooterParts): string {
  return (p.left ? `&L${p.left}` : "") + (p.center ? `&C${p.center}` : "") + (p.right ? `&R${p.right}` : "");
}

/** The footer text of a cycle's sheets: "Northwind Pumps & Valves · S&OP cycle 2026-03". */
export function cycleFooter(company: string, cycleMonth: string): string {
  return `${company} · S&OP cycle ${cycleMonth}`;
}

/**
 * The page setup of a layout sheet: landscape, one page wide, its frozen header rows repeated
 * on every page, the cycle's footer.
 */
export function sheetPrint(sheet: SheetSpec, footer: string): PrintSetup {
  const rows = sheet.freeze?.rows ?? 0;
  return { landscape: true, fitToWidth: true, ...(rows > 0 ? { titleRows: rows } : {}), footer };
}

/** Narrow page margins in inches: Excel's "Narrow" sides (0.25"), with the header and footer closer to the edge. */
export const NARROW_MARGINS = { left: 0.25, right: 0.25, top: 0.55, bottom: 0.55, header: 0.25, footer: 0.25 } as const;

/**
 * The printable body of a landscape page inside the narrow margins, in points: the smaller of A4
 * (11.69" x 8.27") and Letter (11" x 8.5") each way, so a layout planned for it prints as planned
 * on either. Excel prints the header and footer inside the top and bottom margins.
 */
export const NARROW_LANDSCAPE_BODY_PT = {
  width: (11 - NARROW_MARGINS.left - NARROW_MARGINS.right) * 72,
  height: (8.27 - NARROW_MARGINS.top - NARROW_MARGINS.bottom) * 72,
} as const;

/**
 * Head room on a planned page's height for the rounding of row heights to whole pixels (Excel);
 * LibreOffice prints the header and footer closer to the edge, so its page holds more anyway.
 */
const HEIGHT_ROOM = 1.005;

/** Where the pages of a printed sheet begin and the zoom that fits each page whole. */
export interface PagePlan {
  /** 0-based rows that start a page after the first. */
  readonly breaks: ReadonlyArray<number>;
  /** Zoom in whole percent: the page's width and the tallest page both fit. */
  readonly scale: number;
  /** The tallest page's rows, in points at 100 %. */
  readonly tallest: number;
}

/**
 * Splits rows of the given heights (points) into at most `pages` pages, each starting at one of
 * `starts` (the rows a page may begin with: a section's title, so no table is cut), so that the
 * tallest page is as short as it can be; then the zoom at which that page and `widthPt` fit the
 * page body. Rows before the first start belong to the first page.
 */
export function planPages(
  heights: ReadonlyArray<number>,
  starts: ReadonlyArray<number>,
  pages: number,
  widthPt: number,
  body: { readonly width: number; readonly height: number } = NARROW_LANDSCAPE_BODY_PT,
): PagePlan {
  const prefix = [0];
  for (const h of heights) prefix.push(prefix[prefix.length - 1] + h);
  const height = (from: number, to: number): number => prefix[to] - prefix[from];
  const cuts = [...new Set(starts.filter((s) => s > 0 && s < heights.length))].sort((a, b) => a - b);
  // best(i, k): the rows from cut i to the end on at most k pages -> the tallest page and its breaks.
  const memo = new Map<string, { tallest: number; breaks: number[] }>();
  const best = (from: number, k: number): { tallest: number; breaks: number[] } => {
    const key = `${from}/${k}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let out = { tallest: height(from, heights.length), breaks: [] as number[] };
    if (k > 1) {
      for (const cut of cuts.filter((c) => c > from)) {
        const rest = best(cut, k - 1);
        const tallest = Math.max(height(from, cut), rest.tallest);
        if (tallest < out.tallest) out = { tallest, breaks: [cut, ...rest.breaks] };
      }
    }
    memo.set(key, out);
    return out;
  };
  const plan = best(0, Math.max(1, pages));
  const fit = Math.min(1, body.width / Math.max(1, widthPt), body.height / Math.max(1, plan.tallest * HEIGHT_ROOM));
  return { breaks: plan.breaks, scale: Math.max(10, Math.floor(fit * 100)), tallest: plan.tallest };
}

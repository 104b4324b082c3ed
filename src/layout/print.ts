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

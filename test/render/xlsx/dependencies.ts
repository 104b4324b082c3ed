/**
 * Test helper: which formula cells depend, directly or through other cells and names, on a
 * custom-function (`SOP.*`) cell. LibreOffice cannot evaluate those (#NAME?), so the
 * LibreOffice check leaves them out and holds every other formula to "no error, same number".
 */

export interface Area {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const colNumber = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const MAX_ROW = 1_048_576;

/** "A1", "$B$2:C3", "B:B" on `sheet` -> area (1-based). */
export function parseArea(sheet: string, text: string): Area | undefined {
  const [a, b = a] = text.split(":");
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const [r1, r2] = [Number(ca[2]), Number(cb[2])];
    const [c1, c2] = [colNumber(ca[1]), colNumber(cb[1])];
    return { sheet, top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  const ka = COL.exec(a);
  const kb = COL.exec(b);
  if (ka && kb && text.includes(":")) {
    const [c1, c2] = [colNumber(ka[1]), colNumber(kb[1])];
    return { sheet, top: 1, bottom: MAX_ROW, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  return undefined;
}

/** "'My sheet'!$A$1:$B$2" -> area. */
export function parseQualified(ref: string): Area | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  return m ? parseArea(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], m[3]) : undefined;
}

const IDENT = /[A-Za-z0-9_.$]/;

/** The areas a formula refers to: cell and range references (sheet-qualified or not) and defined names. */
export function formulaAreas(formula: string, sheet: string, names: ReadonlyMap<string, Area>): Area[] {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out: Area[] = [];
  let i = 0;
  const readRef = (): string => {
    let j = i;
    while (j < text.length && (IDENT.test(text[j]) || text[j] === ":")) j += 1;
    const ref = text.slice(i, j);
    i = j;
    return ref;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'") {
      let j = i + 1;
      while (j < text.length && !(text[j] === "'" && text[j + 1] !== "'")) j += text[j] === "'" ? 2 : 1;
      const name = text.slice(i + 1, j).replace(/''/g, "'");
      i = j + 2; // past the quote and "!"
      const area = parseArea(name, readRef());
      if (area) out.push(area);
      continue;
    }
    if (/[A-Za-z_$]/.test(ch) && (i === 0 || !IDENT.test(text[i - 1]))) {
      let j = i;
      while (j < text.length && IDENT.test(text[j])) j += 1;
      const token = text.slice(i, j);
      if (text[j] === "!") {
        i = j + 1;
        const area = parseArea(token, readRef());
        if (area) out.push(area);
        continue;
      }
      if (text[j] === "(") {
        i = j;
        continue;
      }
      i = j;
      if (text[j] === ":") {
        i = j + 1;
        const rest = readRef();
        const area = parseArea(sheet, `${token}:${rest}`);
        if (area) out.push(area);
        continue;
      }
      const area = parseArea(sheet, token) ?? names.get(token);
      if (area) out.push(area);
      continue;
    }
    i += 1;
  }
  return out;
}

export interface FormulaCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

const inside = (a: Area, c: FormulaCell): boolean =>
  a.sheet === c.sheet && c.row >= a.top && c.row <= a.bottom && c.col >= a.left && c.col <= a.right;

/** Keys "Sheet!row,col" of the cells whose value depends on a cell for which `isRoot` holds. */
export function dependents(cells: ReadonlyArray<FormulaCell>, names: ReadonlyMap<string, Area>, isRoot: (c: FormulaCell) => boolean): Set<string> {
  const key = (c: FormulaCell): string => `${c.sheet}!${c.row},${c.col}`;
  const tainted = cells.filter(isRoot);
  const done = new Set(tainted.map(key));
  const pending = cells.filter((c) => !done.has(key(c))).map((c) => ({ c, areas: formulaAreas(c.formula, c.sheet, names) }));
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of pending) {
      if (done.has(key(p.c))) continue;
      if (p.areas.some((a) => tainted.some((t) => inside(a, t)))) {
        done.add(key(p.c));
        tainted.push(p.c);
        changed = true;
      }
    }
  }
  return done;
}

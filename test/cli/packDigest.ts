/**
 * Test helper: a digest per sheet of what a written pack holds (each cell's address, type,
 * formula and cached value, as the file's XML stores them), to compare packs cell for cell.
 */
import { createHash } from "crypto";
import { readRawCells } from "../render/xlsx/rawCells";

export interface SheetDigest {
  readonly cells: number;
  readonly sha256: string;
}

export async function packDigest(file: string): Promise<Record<string, SheetDigest>> {
  const out: Record<string, SheetDigest> = {};
  for (const [sheet, cells] of await readRawCells(file)) {
    const lines = [...cells].map(([address, c]) => JSON.stringify([address, c.type, c.formula ?? null, c.value ?? null]));
    out[sheet] = { cells: cells.size, sha256: createHash("sha256").update(lines.join("\n")).digest("hex") };
  }
  return out;
}

if (require.main === module) {
  packDigest(process.argv[2]).then((d) => process.stdout.write(`${JSON.stringify(d, null, 2)}\n`));
}

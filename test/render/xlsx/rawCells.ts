/**
 * Test helper: the cells of an .xlsx file read straight from its XML (formula text and the
 * cached value with its type), independent of ExcelJS's reader, which drops cached results
 * equal to 0 or false.
 */
import { promises as fs } from "fs";
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";

export interface RawCell {
  readonly formula?: string;
  /** Cached value: number, string, boolean, or an error code such as "#DIV/0!" (type "e"). */
  readonly value?: number | string | boolean;
  readonly type: "n" | "s" | "str" | "b" | "e" | "inlineStr" | "empty";
  readonly style?: number;
}

export type RawSheets = Map<string, Map<string, RawCell>>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ["sheet", "row", "c", "si", "r", "Relationship"].includes(name),
});

const text = (node: unknown): string => {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const o = node as Record<string, unknown>;
  if ("#text" in o) return String(o["#text"]);
  return "";
};

const sharedText = (si: Record<string, unknown>): string => {
  if (si.t !== undefined) return text(si.t);
  const runs = (si.r as Array<Record<string, unknown>> | undefined) ?? [];
  return runs.map((r) => text(r.t)).join("");
};

export async function readRawCells(file: string): Promise<RawSheets> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const read = async (p: string): Promise<Record<string, any>> => {
    const entry = zip.file(p);
    return entry ? parser.parse(await entry.async("string")) : {};
  };
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const relMap = new Map<string, string>();
  for (const r of rels.Relationships?.Relationship ?? []) relMap.set(r["@Id"], r["@Target"]);
  const sst = await read("xl/sharedStrings.xml");
  const strings: string[] = (sst.sst?.si ?? []).map(sharedText);
  const out: RawSheets = new Map();
  for (const s of workbook.workbook.sheets.sheet) {
    const target = relMap.get(s["@r:id"])!.replace(/^\/?xl\//, "");
    const xml = await read(`xl/${target}`);
    const cells = new Map<string, RawCell>();
    for (const row of xml.worksheet?.sheetData?.row ?? []) {
      for (const c of row.c ?? []) {
        const t = (c["@t"] ?? "n") as RawCell["type"];
        const f = c.f !== undefined ? text(c.f) : undefined;
        const v = c.v !== undefined ? text(c.v) : undefined;
        const style = c["@s"] !== undefined ? Number(c["@s"]) : undefined;
        let value: RawCell["value"];
        if (t === "s" && v !== undefined) value = strings[Number(v)];
        else if (t === "inlineStr") value = text(c.is?.t);
        else if (t === "b" && v !== undefined) value = v === "1";
        else if ((t === "str" || t === "e") && v !== undefined) value = v;
        else if (v !== undefined && v !== "") value = Number(v);
        cells.set(c["@r"], { formula: f, value, type: v === undefined && t === "n" ? "empty" : t, style });
      }
    }
    out.set(s["@name"], cells);
  }
  return out;
}

/**
 * Test helper: open an .xlsx in headless LibreOffice with a throwaway profile that always
 * recalculates on load (the pack's own LibreOffice runner, src/cli/libreoffice.ts), and save the
 * recalculated workbook as .xlsx.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { convertWith } from "../../../src/cli/libreoffice";

/** Recalculates `file` in LibreOffice; resolves to the path of the recalculated copy. */
export async function recalcWithLibreOffice(file: string, timeoutMs = 90_000): Promise<string> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-lo-out-"));
  return convertWith("soffice", file, "xlsx", outDir, timeoutMs);
}

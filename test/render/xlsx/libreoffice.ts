/**
 * Test helper: open an .xlsx in headless LibreOffice with a throwaway profile that always
 * recalculates on load (Calc/Formula/Load/OOXMLRecalcMode = 0), and save the recalculated
 * workbook as .xlsx.
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculates `file` in LibreOffice; resolves to the path of the recalculated copy. */
export async function recalcWithLibreOffice(file: string, timeoutMs = 90_000): Promise<string> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "sop-lo-"));
  const profile = path.join(work, "profile");
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const outDir = path.join(work, "out");
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, file],
    { encoding: "utf8", timeout: timeoutMs },
  );
  const out = path.join(outDir, path.basename(file));
  const exists = await fs.stat(out).then(() => true, () => false);
  if (r.status !== 0 || !exists) {
    throw new Error(`LibreOffice conversion failed (status ${r.status}): ${r.stderr || r.error?.message || ""}`);
  }
  return out;
}

/**
 * Re-records the pack digests test/cli/packGolden.test.ts compares against, after an intended
 * change to the layout: the sample company and a 10-family folder (scripts/scaleCsv.ts), each
 * built single-threaded (no precomputed baselines, the layout fits every family itself).
 *
 *   npx ts-node --transpile-only scripts/recordPackDigests.ts
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeScaledCycle } from "./scaleCsv";
import { importCsvFolder } from "../src/io/import";
import { sampleCycle } from "../src/data/sample";
import { packSpec, writeAtomically } from "../src/cli/build";
import { packDigest } from "../test/cli/packDigest";

const FIXTURES = path.join(__dirname, "..", "test", "fixtures", "pack");

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-digests-"));
  try {
    await writeAtomically(packSpec(sampleCycle(), true, () => undefined), path.join(dir, "sample.xlsx"), false);
    writeScaledCycle(path.join(dir, "f10"), { families: 10, history: 36 });
    const r = await importCsvFolder(path.join(dir, "f10"));
    if (!r.ok) throw new Error("the 10-family folder did not import");
    await writeAtomically(packSpec(r.data, true, () => undefined), path.join(dir, "f10.xlsx"), false);
    for (const [file, fixture] of [["sample.xlsx", "sample.json"], ["f10.xlsx", "scaled-10.json"]] as const) {
      const digest = await packDigest(path.join(dir, file));
      await fs.writeFile(path.join(FIXTURES, fixture), `${JSON.stringify(digest, null, 2)}\n`);
    }
    console.log(`Recorded ${FIXTURES}/sample.json and scaled-10.json`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

void main();

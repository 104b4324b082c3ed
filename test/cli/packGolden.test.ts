/**
 * The pack the command writes (baselines fitted on worker threads from 8 families) holds exactly
 * what the single-threaded layout writes: every cell's type, formula and cached value, per
 * sheet, against digests recorded from `packSpec` without precomputed baselines
 * (test/fixtures/pack; `test/cli/packDigest.ts FILE` prints them) for the bundled sample company
 * and for a 10-family folder from scripts/scaleCsv.ts. After an intended change to the layout,
 * re-record them: `npx ts-node --transpile-only scripts/recordPackDigests.ts`.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { runPack } from "../../src/cli/pack";
import { writeScaledCycle } from "../../scripts/scaleCsv";
import sample from "../fixtures/pack/sample.json";
import scaled from "../fixtures/pack/scaled-10.json";
import { packDigest } from "./packDigest";

describe("the pack, cell for cell", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-golden-"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const pack = async (argv: string[]): Promise<void> => {
    const io = { stdout: () => undefined, stderr: (t: string) => process.stderr.write(t), cwd: dir };
    expect(await runPack(argv, io)).toBe(0);
  };

  it("of the sample company", async () => {
    await pack(["--out", "sample.xlsx"]);
    expect(await packDigest(path.join(dir, "sample.xlsx"))).toEqual(sample);
  });

  it("of 10 families from CSV", async () => {
    writeScaledCycle(path.join(dir, "f10"), { families: 10, history: 36 });
    await pack(["--csv", "f10", "--out", "f10.xlsx"]);
    expect(await packDigest(path.join(dir, "f10.xlsx"))).toEqual(scaled);
  });
});

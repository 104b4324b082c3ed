/**
 * LibreOffice headless, the PDF printer of `npm run pack -- --pdf`.
 *
 * Found as the SOFFICE environment variable (a path to the program) when it is set, otherwise
 * as `soffice`, then `libreoffice`, on PATH. Each run uses its own throwaway profile
 * (-env:UserInstallation), so concurrent runs never share LibreOffice's profile lock, and the
 * profile recalculates an .xlsx on load (Calc/Formula/Load/OOXMLRecalcMode = 0: always) so a
 * printed number is never a stale cached one.
 */
import { execFile } from "child_process";
import { constants, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

/** What to install when LibreOffice is missing (Debian/Ubuntu package names). */
export const LIBREOFFICE_INSTALL =
  "install LibreOffice Calc (Debian/Ubuntu: apt-get install libreoffice-calc-nogui; macOS: brew install --cask libreoffice) " +
  "or set SOFFICE to the path of its soffice program";

/** The profile settings: recalculate .xlsx and .ods files on load, always. */
export const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

async function isExecutable(file: string): Promise<boolean> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) return false;
    await fs.access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type SofficeLookup =
  { readonly ok: true; readonly path: string } | { readonly ok: false; readonly error: string };

/** Finds LibreOffice: $SOFFICE, else soffice or libreoffice on $PATH. */
export async function findSoffice(env: NodeJS.ProcessEnv): Promise<SofficeLookup> {
  const given = env.SOFFICE;
  if (given !== undefined && given !== "") {
    return (await isExecutable(given))
      ? { ok: true, path: given }
      : { ok: false, error: `SOFFICE is set to ${JSON.stringify(given)}, which is not an executable file` };
  }
  const dirs = (env.PATH ?? "").split(path.delimiter).filter((d) => d !== "");
  const exts = process.platform === "win32" ? [".exe", ""] : [""];
  for (const name of ["soffice", "libreoffice"]) {
    for (const dir of dirs) {
      for (const ext of exts) {
        const candidate = path.join(dir, name + ext);
        if (await isExecutable(candidate)) return { ok: true, path: candidate };
      }
    }
  }
  return {
    ok: false,
    error: "LibreOffice was not found (neither soffice nor libreoffice is on PATH, and SOFFICE is not set)",
  };
}

/** A temporary folder with a LibreOffice profile that recalculates on load; `dispose` removes it all. */
export async function privateProfile(): Promise<{ dir: string; profileUrl: string; dispose: () => Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sop-lo-"));
  const profile = path.join(dir, "profile");
  await fs.mkdir(path.join(profile, "user"), { recursive: true });
  await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const profileUrl = `file://${profile.split(path.sep).map(encodeURIComponent).join("/").replace(/^\/?/, "/")}`;
  return { dir, profileUrl, dispose: () => fs.rm(dir, { recursive: true, force: true }) };
}

/**
 * Converts `file` with LibreOffice headless to `format` ("pdf", "xlsx"...) in `outDir`;
 * resolves to the converted file's path, rejects with LibreOffice's own message.
 */
export async function convertWith(
  soffice: string,
  file: string,
  format: string,
  outDir: string,
  timeoutMs = 120_000,
): Promise<string> {
  const profile = await privateProfile();
  try {
    const args = [
      `-env:UserInstallation=${profile.profileUrl}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      file,
    ];
    const stderr = await new Promise<string>((resolve, reject) => {
      execFile(soffice, args, { timeout: timeoutMs, encoding: "utf8" }, (error, _stdout, err) => {
        if (error) reject(new Error(`LibreOffice failed (${error.message.split("\n")[0]}) ${err}`.trim()));
        else resolve(err);
      });
    });
    const ext = format.split(":")[0];
    const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${ext}`);
    const made = await fs.stat(out).then(
      () => true,
      () => false,
    );
    if (!made) throw new Error(`LibreOffice wrote no ${ext} file${stderr.trim() ? `: ${stderr.trim()}` : ""}`);
    return out;
  } finally {
    await profile.dispose();
  }
}

/**
 * ADDIN_URL, the production address `npm run build` writes into the manifest: https only, one
 * trailing slash, and the production manifest trusts its own host instead of the dev server.
 */
import * as fs from "fs";
import * as path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, addinUrl, productionManifest } = require("../../scripts/addinUrl") as {
  DEV_URL: string;
  addinUrl: (raw: string | undefined) => string;
  productionManifest: (xml: string, url: string) => string;
};

describe("ADDIN_URL", () => {
  it("defaults to the dev server and adds the trailing slash a bare host lacks", () => {
    expect(addinUrl(undefined)).toBe(DEV_URL);
    expect(addinUrl("https://planner.example.com")).toBe("https://planner.example.com/");
    expect(addinUrl("https://planner.example.com/sop")).toBe("https://planner.example.com/sop/");
    expect(addinUrl(" https://planner.example.com/sop/ ")).toBe("https://planner.example.com/sop/");
  });

  it("fails the build with a message for http, a query or a malformed address", () => {
    expect(() => addinUrl("http://planner.example.com/")).toThrow(
      'ADDIN_URL must be an https:// address: Office loads add-ins over https only (got "http://planner.example.com/")',
    );
    expect(() => addinUrl("planner.example.com")).toThrow(/must be an https:\/\/ address such as/);
    expect(() => addinUrl("https://planner.example.com/?v=2")).toThrow(/query or fragment/);
  });

  it("writes a production manifest that points at its host only", () => {
    const xml = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
    const out = productionManifest(xml, "https://planner.example.com/sop/");
    expect(out).not.toContain("localhost");
    expect(out).toContain("<AppDomain>https://planner.example.com</AppDomain>");
    expect(out).toContain('<SourceLocation DefaultValue="https://planner.example.com/sop/taskpane.html"/>');
    expect(productionManifest(xml, DEV_URL)).toBe(xml);
  });
});

/**
 * Offline checks of manifest.xml. The online validator (`npm run validate`) cannot be reached
 * from CI, so this test checks what it would reject: well-formedness, the elements Office
 * requires in the order the add-in manifest schema (1.1 and VersionOverrides 1.0) requires
 * them, resource ids that resolve, https URLs, icons that exist at the sizes declared, and a
 * shared runtime wired the same way for the task pane, the ribbon and the custom functions.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { execFileSync } from "child_process";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

/** An element as parsed with order preserved: its name, attributes and children. */
interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

type Ordered = Array<Record<string, unknown>>;

function toEl(node: Record<string, unknown>): El | null {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (!name || name === "#text" || name === "?xml") return null;
  const attrsRaw = (node[":@"] ?? {}) as Record<string, string>;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrsRaw)) attrs[k.replace(/^@_/, "")] = String(v);
  const kids = (node[name] as Ordered) ?? [];
  const text = kids.map((k) => (k["#text"] !== undefined ? String(k["#text"]) : "")).join("");
  return { name, attrs, children: kids.map(toEl).filter((e): e is El => e !== null), text };
}

const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false }).parse(xml) as Ordered;
const officeApp = parsed.map(toEl).find((e) => e?.name === "OfficeApp") as El;

function child(el: El, name: string): El {
  const c = el.children.find((k) => k.name === name);
  if (!c) throw new Error(`<${el.name}> has no <${name}>`);
  return c;
}

function all(el: El, pred: (e: El) => boolean, out: El[] = []): El[] {
  if (pred(el)) out.push(el);
  for (const c of el.children) all(c, pred, out);
  return out;
}

/** Asserts that the children of `el` appear in the schema's order (optional ones may be missing). */
function expectOrder(el: El, schemaOrder: string[]): void {
  const names = el.children.map((c) => c.name);
  for (const n of names) expect(schemaOrder).toContain(n);
  const positions = names.map((n) => schemaOrder.indexOf(n));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const versionOverrides = child(officeApp, "VersionOverrides");
const host = child(child(versionOverrides, "Hosts"), "Host");
const resources = child(versionOverrides, "Resources");

describe("manifest.xml", () => {
  it("is well-formed XML that Office's own manifest reader accepts", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    // office-addin-manifest's reader (the one `npm start` uses) runs in its own Node process:
    // the package loads ES modules that jest's CommonJS loader cannot.
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((m) => process.stdout.write(JSON.stringify(m)))`;
    const info = JSON.parse(execFileSync(process.execPath, ["-e", script, path.join(root, "manifest.xml")], { cwd: root, encoding: "utf8" }));
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("en-US");
  });

  it("lists the top-level elements Office requires, in the schema's order", () => {
    expectOrder(officeApp, [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
      "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
      "DefaultSettings", "Permissions", "VersionOverrides",
    ]);
    for (const required of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "DefaultSettings", "Permissions"]) {
      expect(officeApp.children.map((c) => c.name)).toContain(required);
    }
    expect(officeApp.attrs["xsi:type"]).toBe("TaskPaneApp");
  });

  it("orders the version overrides, host and extension points as the schema requires", () => {
    expect(versionOverrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expectOrder(versionOverrides, ["Description", "Requirements", "Hosts", "Resources"]);
    expect(host.attrs["xsi:type"]).toBe("Workbook");
    expectOrder(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    const cf = all(host, (e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions")[0];
    expectOrder(cf, ["Script", "Page", "Metadata", "Namespace"]);
    expect(cf.children.map((c) => c.name)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    const desktop = child(host, "DesktopFormFactor");
    expectOrder(desktop, ["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expectOrder(resources, ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
    for (const control of all(host, (e) => e.name === "Control")) {
      expectOrder(control, ["Label", "Supertip", "Icon", "Action"]);
    }
  });

  it("requires the shared runtime and the Excel API sets the add-in calls", () => {
    const sets = all(child(officeApp, "Requirements"), (e) => e.name === "Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "ExcelApi 1.9"]));
  });

  it("resolves every resid to exactly one resource, and every resource is used", () => {
    const defined = all(resources, (e) => e.attrs.id !== undefined).map((e) => e.attrs.id);
    expect(new Set(defined).size).toBe(defined.length);
    const referenced = new Set(all(versionOverrides, (e) => e.attrs.resid !== undefined).map((e) => e.attrs.resid));
    for (const r of referenced) expect(defined).toContain(r);
    for (const d of defined) expect(referenced.has(d)).toBe(true);
  });

  it("keeps strings within Office's length limits", () => {
    for (const s of all(child(resources, "bt:ShortStrings"), (e) => e.name === "bt:String")) {
      expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    }
    for (const s of all(child(resources, "bt:LongStrings"), (e) => e.name === "bt:String")) {
      expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
    }
    expect(child(officeApp, "DisplayName").attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(child(officeApp, "Description").attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it("uses https for every URL and serves from one origin listed in AppDomains", () => {
    const urls = all(officeApp, (e) => /^https?:/.test(e.attrs.DefaultValue ?? "")).map((e) => e.attrs.DefaultValue);
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    for (const u of urls) expect(u.startsWith("https://")).toBe(true);
    const domains = all(officeApp, (e) => e.name === "AppDomain").map((e) => e.text);
    for (const o of origins) expect(domains).toContain(o);
  });

  it("points every icon at a PNG in assets/ of the size it declares", () => {
    const byId = new Map(all(child(resources, "bt:Images"), (e) => e.name === "bt:Image").map((e) => [e.attrs.id, e.attrs.DefaultValue]));
    const uses = all(host, (e) => e.name === "bt:Image" && e.attrs.size !== undefined);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const url = byId.get(use.attrs.resid) as string;
      const file = path.join(root, "assets", path.basename(new URL(url).pathname));
      const { width, height } = pngSize(file);
      expect([width, height]).toEqual([Number(use.attrs.size), Number(use.attrs.size)]);
    }
    for (const [name, size] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
      const file = path.join(root, "assets", path.basename(new URL(child(officeApp, name).attrs.DefaultValue).pathname));
      expect(pngSize(file).width).toBe(size);
    }
  });

  it("runs the task pane, the ribbon commands and the custom functions in one shared runtime", () => {
    const runtime = child(child(host, "Runtimes"), "Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    const shared = runtime.attrs.resid;
    const cf = all(host, (e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions")[0];
    expect(child(child(cf, "Page"), "SourceLocation").attrs.resid).toBe(shared);
    expect(child(child(host, "DesktopFormFactor"), "FunctionFile").attrs.resid).toBe(shared);
    const showTaskpane = all(host, (e) => e.name === "Action" && e.attrs["xsi:type"] === "ShowTaskpane");
    expect(showTaskpane).toHaveLength(1);
    expect(child(showTaskpane[0], "SourceLocation").attrs.resid).toBe(shared);
    // "Configure your Office Add-in to use a shared runtime", Multiple task panes: "A shared
    // runtime only supports the use of one task pane. Note that any task pane without a
    // <TaskpaneID> is considered a different task pane." So the one ShowTaskpane action keeps
    // its TaskpaneId (removing it would open a second pane outside the shared runtime).
    expect(child(showTaskpane[0], "TaskpaneId").text.trim()).toMatch(/^\S+$/);
    const urls = new Map(all(child(resources, "bt:Urls"), (e) => e.name === "bt:Url").map((e) => [e.attrs.id, e.attrs.DefaultValue]));
    expect(urls.get(shared)).toBe(child(child(officeApp, "DefaultSettings"), "SourceLocation").attrs.DefaultValue);
  });

  it("declares the SOP namespace and the metadata and script the build writes", () => {
    const strings = new Map(all(resources, (e) => e.name === "bt:String").map((e) => [e.attrs.id, e.attrs.DefaultValue]));
    const urls = new Map(all(child(resources, "bt:Urls"), (e) => e.name === "bt:Url").map((e) => [e.attrs.id, e.attrs.DefaultValue]));
    const cf = all(host, (e) => e.name === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions")[0];
    expect(strings.get(child(cf, "Namespace").attrs.resid)).toBe("SOP");
    expect(new URL(urls.get(child(child(cf, "Metadata"), "SourceLocation").attrs.resid) as string).pathname).toBe("/functions.json");
    expect(new URL(urls.get(child(child(cf, "Script"), "SourceLocation").attrs.resid) as string).pathname).toBe("/functions.js");
  });

  it("has a ribbon button that opens the task pane and one that builds the deck through an associated action", () => {
    const tab = all(host, (e) => e.name === "OfficeTab")[0];
    expect(tab.attrs.id).toBe("TabHome");
    const ids = all(officeApp, (e) => e.name === "Group" || e.name === "Control").map((e) => e.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    const functions = all(host, (e) => e.name === "FunctionName").map((e) => e.text);
    expect(functions).toEqual(["buildDeck"]);
    const commandsDir = path.join(root, "src/commands");
    const source = fs.readdirSync(commandsDir).map((f) => fs.readFileSync(path.join(commandsDir, f), "utf8")).join("\n");
    for (const f of functions) expect(source).toMatch(new RegExp(`Office\\.actions\\.associate\\(\\s*"${f}"`));
  });
});

/**
 * The end-to-end harness: builds the in-page Excel host double, serves dist/ (built by
 * test/setup/dist.ts) on a localhost port, and answers the page's requests for Microsoft's
 * office.js CDN from node_modules/@microsoft/office-js/dist (no network is needed or used).
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import { chromium, type BrowserContext } from "playwright-core";
import { ROOT } from "../setup/dist";

const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** Bundles test/e2e/browser/pageHost.ts for the browser; returns its source. */
export async function buildPageHost(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "sop-e2e-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(__dirname, "browser/pageHost.ts"),
    output: { path: out, filename: "pagehost.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } } },
        },
      ],
    },
    performance: { hints: false },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
  const js = fs.readFileSync(path.join(out, "pagehost.js"), "utf8");
  fs.rmSync(out, { recursive: true, force: true });
  return js;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves a folder on 127.0.0.1 (random port). */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const file = path.resolve(dir, rel || "taskpane.html");
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Headless Chromium with a fresh profile (--user-data-dir, removed on close) whose requests for
 * the office.js CDN are answered from the npm package; `appendToOfficeJs` (the Excel host
 * double) is appended to office.js itself, so it runs after office.js and before the page's
 * bundles. Every other non-local request is refused. `view`: the pane's width in CSS pixels and
 * the zoom (a 320 px pane at 200 % zoom lays out 160 CSS px at a device scale factor of 2).
 */
export async function officeContext(
  appendToOfficeJs: string | null,
  view: { readonly width: number; readonly deviceScaleFactor?: number } = { width: 360 },
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sop-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: view.width, height: 900 },
    deviceScaleFactor: view.deviceScaleFactor ?? 1,
    // No transitions half-way in a screenshot (Fluent's tab indicator slides).
    reducedMotion: "reduce",
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN)) {
      const rel = url.slice(CDN.length).split(/[?#]/)[0];
      const file = path.resolve(OFFICE_DIST, rel);
      if (!file.startsWith(OFFICE_DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        await route.fulfill({ status: 404, body: "" });
        return;
      }
      let body = fs.readFileSync(file, "utf8");
      if (rel === "office.js" && appendToOfficeJs) body += `\n;${appendToOfficeJs}\n`;
      await route.fulfill({ status: 200, contentType: "application/javascript", body });
      return;
    }
    if (url.startsWith("http://127.0.0.1:")) await route.continue();
    else await route.abort();
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

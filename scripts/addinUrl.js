/**
 * The production address of the add-in (ADDIN_URL) and the manifest it gets: used by
 * webpack.config.js for `npm run build`, tested in test/manifest/addinUrl.test.ts.
 *
 * Office loads add-ins over https only ("The SourceLocation ... must be an HTTPS URL", Office
 * add-in manifest reference), so an http:// or malformed address fails the build with a
 * message rather than producing a manifest Office rejects at sideload.
 */
const DEV_URL = "https://localhost:3000/";

/** The address with one trailing slash; throws a readable error for anything but an https URL. */
function addinUrl(raw) {
  if (raw === undefined || raw === "") return DEV_URL;
  let u;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_URL must be an https:// address such as https://planner.example.com/ (got "${raw}")`);
  }
  if (u.protocol !== "https:") {
    throw new Error(`ADDIN_URL must be an https:// address: Office loads add-ins over https only (got "${raw}")`);
  }
  if (u.search !== "" || u.hash !== "") throw new Error(`ADDIN_URL must not carry a query or fragment (got "${raw}")`);
  return u.href.endsWith("/") ? u.href : `${u.href}/`;
}

/**
 * The manifest for `url`: every dev-server address rewritten, and the dev server's AppDomain
 * dropped when the add-in is served from elsewhere (a production manifest trusts only its host).
 */
function productionManifest(xml, url) {
  const origin = new URL(url).origin;
  let out = xml.split(DEV_URL).join(url);
  if (origin !== new URL(DEV_URL).origin) {
    out = out.replace(/\s*<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, "");
    if (!out.includes(`<AppDomain>${origin}</AppDomain>`)) {
      out = out.replace("<AppDomains>", `<AppDomains>\n    <AppDomain>${origin}</AppDomain>`);
    }
  }
  return out;
}

module.exports = { DEV_URL, addinUrl, productionManifest };

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Office.js requests as they really travel: Microsoft's own Excel web client library
 * (`@microsoft/office-js`, dist/excel-web-16.00.debug.js) loaded into a Node `vm` context, with a
 * recording request executor on its `RequestContext`.
 *
 * - `createOfficeWire().run(batch)` gives `batch` a real `Excel.RequestContext`; every
 *   `context.sync()` goes through the library's own request building
 *   (`ClientRequestBase.buildRequestMessageBodyAndRequestFlags`, including its splitting of 2-D
 *   arrays over 1,500 cells into one action per row band, each with its own object paths) and
 *   reaches the executor, which records the body exactly as the library's
 *   `OfficeJsRequestExecutor` sends it to Excel on the web (`JSON.stringify(requestMessage.Body)`,
 *   see `RichApiMessageUtility.buildMessageArrayForIRequestExecutor`), measured in UTF-8 bytes.
 * - The executor answers as an empty workbook does: no sheet, no name, nothing loaded
 *   (`getItemOrNullObject` is a null object, a collection is empty). A request over
 *   `limitBytes` (default 5,000,000: Excel on the web's 5 MB limit) is rejected with
 *   `RequestPayloadSizeLimitExceeded` and recorded as rejected.
 *
 * The library is loaded once per module registry (about 0.1 s).
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

/** Excel on the web's request limit, in bytes (5 MB, decimal). */
export const WIRE_LIMIT_BYTES = 5_000_000;

export interface WireRequest {
  /** UTF-8 bytes of the request body as the client serializes it. */
  readonly bytes: number;
  /** Actions in the request (instantiate, set property, method, query). */
  readonly actions: number;
  /** Object paths in the request. */
  readonly objectPaths: number;
  /** True when the fake Excel rejected it as too large. */
  readonly rejected: boolean;
}

export interface OfficeWire {
  /** Runs `batch` with a real client `Excel.RequestContext`, then syncs what is still queued (as `Excel.run`). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Every request that reached the executor, in order. */
  readonly requests: WireRequest[];
  /** Each request's body text, when `keepBodies` was set. */
  readonly bodies: string[];
}

export interface OfficeWireOptions {
  /** Reject requests larger than this many bytes (default `WIRE_LIMIT_BYTES`). */
  readonly limitBytes?: number;
  /** Keep each request's body text in `bodies` (for tests that look inside). */
  readonly keepBodies?: boolean;
}

let library: any = null;

/** The Excel web client library, loaded into its own `vm` context with the few browser globals it touches at load. */
export function officeLibrary(): any {
  if (library) return library;
  const file = path.join(
    path.dirname(require.resolve("@microsoft/office-js/package.json")),
    "dist",
    "excel-web-16.00.debug.js",
  );
  const silent = () => undefined;
  const sandbox: any = {
    console: { log: silent, info: silent, warn: silent, error: silent, debug: silent, trace: silent },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    navigator: { userAgent: "node" },
    location: { href: "https://localhost/", search: "", hash: "", protocol: "https:", host: "localhost" },
    document: {
      readyState: "complete",
      cookie: "",
      getElementById: () => null,
      getElementsByTagName: () => [],
      addEventListener: silent,
      createElement: () => ({ style: {}, setAttribute: silent, appendChild: silent }),
    },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
  if (!sandbox.Excel?.RequestContext) throw new Error(`${file} did not define Excel.RequestContext`);
  library = sandbox;
  return library;
}

/** UTF-8 length of a string (what travels; `String.length` counts UTF-16 units). */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Action types of the Office.js request protocol. */
const QUERY = 2;

/**
 * The answer of an empty workbook to the request's queries: a query of an `...OrNullObject`
 * object (or of anything reached from one) is a null object; any other query an empty
 * collection (`_Items: []`; a plain object just gets no properties). Other actions succeed
 * without a value.
 */
function emptyWorkbookResults(body: any): any[] {
  const paths = body.ObjectPaths as Record<string, { Name: string; ParentObjectPathId?: number }>;
  const fromNullObject = (id: number | undefined): boolean => {
    for (
      let p = id === undefined ? undefined : paths[id];
      p;
      p = p.ParentObjectPathId === undefined ? undefined : paths[p.ParentObjectPathId]
    )
      if (p.Name.endsWith("OrNullObject")) return true;
    return false;
  };
  const results: any[] = [];
  for (const action of body.Actions as any[]) {
    if (action.ActionType !== QUERY) continue;
    results.push({ ActionId: action.Id, Value: fromNullObject(action.ObjectPathId) ? null : { _Items: [] } });
  }
  return results;
}

export function createOfficeWire(options: OfficeWireOptions = {}): OfficeWire {
  const lib = officeLibrary();
  const limit = options.limitBytes ?? WIRE_LIMIT_BYTES;
  const requests: WireRequest[] = [];
  const bodies: string[] = [];
  const executor = {
    executeAsync(_customData: unknown, _flags: number, message: { Body: any }) {
      // As OfficeJsRequestExecutor serializes the body for Excel.
      const text = JSON.stringify(message.Body);
      const bytes = utf8Bytes(text);
      const rejected = bytes > limit;
      requests.push({
        bytes,
        actions: message.Body.Actions.length,
        objectPaths: Object.keys(message.Body.ObjectPaths).length,
        rejected,
      });
      if (options.keepBodies) bodies.push(text);
      const response = rejected
        ? {
            HttpStatusCode: 413,
            ErrorCode: "RequestPayloadSizeLimitExceeded",
            ErrorMessage: "The request payload size has exceeded the limit.",
            Headers: {},
            Body: null,
          }
        : {
            HttpStatusCode: 200,
            ErrorCode: "",
            ErrorMessage: "",
            Headers: {},
            Body: { Results: emptyWorkbookResults(message.Body) },
          };
      return lib.OfficeExtension.Promise.resolve(response);
    },
  };
  // A request-info resolver may supply its own executor (ClientRequestContext.ensureRequestUrlAndHeaderInfo).
  const resolver = {
    _resolveRequestUrlAndHeaderInfo: () =>
      lib.OfficeExtension.Promise.resolve({ url: "https://excel.invalid/", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
  return {
    requests,
    bodies,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new lib.Excel.RequestContext(resolver) as Excel.RequestContext;
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };
}

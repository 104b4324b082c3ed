/**
 * The custom functions bundle. Each module below declares `SOP.*` functions in JSDoc; at build
 * time custom-functions-metadata-plugin writes functions.json from that JSDoc and appends the
 * `CustomFunctions.associate` calls to each module.
 */
import "./kpi";
import "./accuracy";
import "./plan";
import "./forecast";

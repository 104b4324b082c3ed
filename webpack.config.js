/* eslint-disable no-undef */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const { addinUrl, productionManifest } = require("./scripts/addinUrl");

/** Where the add-in is served from: the dev server, or your production host (set ADDIN_URL, https only). */
const urlProd = addinUrl(process.env.ADDIN_URL);

/** Every file under src/functions that declares custom functions feeds functions.json. */
const functionsDir = path.resolve(__dirname, "src/functions");
const functionFiles = fs
  .readdirSync(functionsDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(functionsDir, f))
  .filter((f) => fs.readFileSync(f, "utf8").includes("@customfunction"))
  .sort();

/**
 * The dev server's certificate: office-addin-dev-certs makes one and trusts its CA (Windows and
 * Mac; it asks for permission). Where trusting is impossible (Linux without sudo, a container)
 * the generated certificate is used untrusted, and the browser or Office must be told to accept it.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (!fs.existsSync(file("localhost.key")) || !fs.existsSync(file("localhost.crt"))) throw e;
    console.warn(`Could not trust the development certificate (${e.message.split("\n")[0]}); serving with it untrusted.`);
    return { key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")) };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/index.ts",
      // The ribbon commands register first, then the pane: one page, one shared runtime.
      taskpane: { import: ["./src/commands/index.ts", "./src/taskpane/index.tsx"], dependOn: "functions" },
    },
    output: { path: path.resolve(__dirname, "dist"), filename: (pathData) => (pathData.chunk.name === "functions" ? "functions.js" : "[name].[contenthash:8].js"), clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } } },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"], chunksSortMode: "manual" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString(), urlProd)),
          },
        ],
      }),
    ],
    devServer: env && env.WEBPACK_SERVE
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};

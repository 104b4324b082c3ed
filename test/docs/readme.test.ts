/** The README's SOP.* tables are written from the declarations: `npm run docs` after a change. */
import * as fs from "fs";
import { README, renderReadme } from "../../scripts/docs";
import { FUNCTIONS, syntax } from "../../src/core/sop";

describe("README", () => {
  const readme = fs.readFileSync(README, "utf8");

  it("shows the function tables as the declarations write them (run npm run docs)", () => {
    expect(readme).toBe(renderReadme(readme));
  });

  it("lists every SOP.* function with its syntax", () => {
    for (const f of FUNCTIONS) expect(readme).toContain(`\`${syntax(f)}\``);
  });
});

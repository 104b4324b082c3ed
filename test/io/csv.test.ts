import fc from "fast-check";
import { formatCsv, parseCsv } from "../../src/io";
import { decodeCsv } from "../../src/io/encoding";

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe("parseCsv (RFC 4180)", () => {
  it("splits records and fields", () => {
    expect(fields("a,b,c\n1,2,3\n")).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
  });
  it("accepts CRLF, LF and CR line ends and a missing final line end", () => {
    expect(fields("a,b\r\n1,2\r3,4\n5,6")).toEqual([["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]);
  });
  it("detects a semicolon or tab delimiter from the header line, outside quotes", () => {
    expect(parseCsv("a;b;c\n1,5;2;3\n")).toMatchObject({ delimiter: ";", records: [{ fields: ["a", "b", "c"] }, { fields: ["1,5", "2", "3"] }] });
    expect(parseCsv("a\tb\n1,5\t2\n")).toMatchObject({ delimiter: "\t", records: [{ fields: ["a", "b"] }, { fields: ["1,5", "2"] }] });
    expect(parseCsv('"x;y;z",b\n1;2,3\n')).toMatchObject({ delimiter: ",", records: [{ fields: ["x;y;z", "b"] }, { fields: ["1;2", "3"] }] });
    expect(parseCsv("a;b,c\n").delimiter).toBe(",");
    expect(parseCsv("single\n").delimiter).toBe(",");
  });
  it("drops a UTF-8 byte-order mark", () => {
    expect(fields("\uFEFFfamily,unit\nA,u\n")[0]).toEqual(["family", "unit"]);
  });
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(fields('"a,b","say ""hi""","two\r\nlines",""\n')).toEqual([["a,b", 'say "hi"', "two\r\nlines", ""]]);
  });
  it("keeps empty fields and skips blank lines", () => {
    expect(fields("a,,c\n\n   \n,,\n")).toEqual([["a", "", "c"], ["", "", ""]]);
  });
  it("numbers records by the physical line they start on", () => {
    const p = parseCsv('h1,h2\n"multi\nline",x\n\nlast,y\n');
    expect(p.records.map((r) => r.line)).toEqual([1, 2, 5]);
  });
  it("reports an unclosed quote with the line it opens on", () => {
    const p = parseCsv('a,b\n1,"open\n2,3\n');
    expect(p.errors).toEqual([{ line: 2, message: "a quoted field is never closed (missing closing quote)" }]);
  });
  it("reports text after a closing quote", () => {
    expect(parseCsv('a\n"x"y\n').errors).toEqual([{ line: 2, message: 'unexpected character "y" after a closing quote' }]);
  });
  it("quotes only what needs quoting when writing", () => {
    expect(formatCsv(["a", "b"], [["x,y", 'q"'], [" pad", "plain"]])).toBe('a,b\r\n"x,y","q"""\r\n" pad",plain\r\n');
  });
  it("reads back exactly what it writes (property)", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r", " ", "=", "é") });
    const table = fc.integer({ min: 1, max: 4 }).chain((w) =>
      fc.array(fc.array(field, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }),
    );
    fc.assert(
      fc.property(table, (rows) => {
        // A record of one empty field is a blank line, which readers skip by design.
        fc.pre(rows.every((r) => !(r.length === 1 && r[0].trim() === "")));
        const [header, ...body] = rows;
        const parsed = parseCsv(formatCsv(header, body));
        expect(parsed.errors).toEqual([]);
        expect(parsed.records.map((r) => r.fields)).toEqual(rows);
      }),
    );
  });
});

describe("decodeCsv", () => {
  it("decodes Windows-1252 beyond one chunk, with the 0x80-0x9F characters", () => {
    const bytes = Buffer.concat([Buffer.alloc(20000, 0x61), Buffer.from([0x80, 0x93, 0x94, 0xe9, 0x9f])]);
    const d = decodeCsv(bytes);
    expect(d.encoding).toBe("windows-1252");
    expect(d.text).toBe(`${"a".repeat(20000)}€“”éŸ`);
    expect(decodeCsv(Buffer.from("\uFEFFé€", "utf8"))).toEqual({ text: "é€", encoding: "utf-8" });
  });
});

/**
 * Order lines from an order table's columns (src/core/lines.ts), what SOP.OTIF and
 * SOP.SERVICELEVEL score: each line's fields, rows left out, the columns checked. Dates are
 * Excel serials: 45667 = 2025-01-10, 45668 = 2025-01-11.
 */
import { deliveryLines } from "../../src/core/lines";
import { errorOf } from "../core/errorOf";

type Column = Array<Array<string | number | null>>;
const col = (...xs: Array<string | number | null>): Column => xs.map((x) => [x]);

describe("deliveryLines", () => {
  it("reads each row's order, dates, quantities and price; blanks as no order, not delivered, 0 and no price", () => {
    const lines = deliveryLines({
      orderIds: col(" A1 ", null, 7),
      promisedDates: col(45667, "2025-01-11", 45667),
      deliveredDates: col(45668, 0, null),
      qtyOrdered: col(10, null, 4),
      qtyDelivered: col(8, 3, null),
      unitPrices: col(2.5, null, 0),
    });
    expect(lines).toEqual([
      { order: "A1", promised: 45667, delivered: 45668, qtyOrdered: 10, qtyDelivered: 8, unitPrice: 2.5 },
      { promised: 45668, delivered: null, qtyOrdered: 0, qtyDelivered: 3 },
      { order: "7", promised: 45667, delivered: null, qtyOrdered: 4, qtyDelivered: 0, unitPrice: 0 },
    ]);
  });

  it("reads every line as not delivered, without quantities or prices, when those columns are left out", () => {
    expect(deliveryLines({ orderIds: null, promisedDates: col(45667, 45668), deliveredDates: [[null], [""]] })).toEqual(
      [
        { promised: 45667, delivered: null, qtyOrdered: 0, qtyDelivered: 0 },
        { promised: 45668, delivered: null, qtyOrdered: 0, qtyDelivered: 0 },
      ],
    );
  });

  it("leaves out a row whose every cell is blank or 0, and no other", () => {
    const empty = {
      orderIds: col(null),
      promisedDates: col(0),
      deliveredDates: col(null),
      qtyOrdered: col(0),
      qtyDelivered: col(null),
      unitPrices: col(0),
    };
    expect(deliveryLines(empty)).toEqual([]);
    // Any one cell filled makes the row a line, which then needs its promised date.
    const missing = { code: "#VALUE!", message: "promisedDates: the promised date is missing in row 1" };
    expect(errorOf(deliveryLines({ ...empty, orderIds: col("A") }))).toEqual(missing);
    expect(errorOf(deliveryLines({ ...empty, deliveredDates: col(45667) }))).toEqual(missing);
    expect(errorOf(deliveryLines({ ...empty, qtyOrdered: col(1) }))).toEqual(missing);
    expect(errorOf(deliveryLines({ ...empty, qtyDelivered: col(1) }))).toEqual(missing);
    expect(errorOf(deliveryLines({ ...empty, unitPrices: col(1) }))).toEqual(missing);
  });

  it("leaves a column of blank cells out, whatever its size", () => {
    const lines = deliveryLines({
      orderIds: [[null]],
      promisedDates: col(45667, 45668),
      deliveredDates: [[null]],
      qtyOrdered: [[""]],
      qtyDelivered: [[null, null, null]],
      unitPrices: [[null]],
    });
    expect(lines).toEqual([
      { promised: 45667, delivered: null, qtyOrdered: 0, qtyDelivered: 0 },
      { promised: 45668, delivered: null, qtyOrdered: 0, qtyDelivered: 0 },
    ]);
  });

  it("names the row of a missing promised date", () => {
    const r = deliveryLines({
      orderIds: col("A", "B"),
      promisedDates: col(45667, null),
      deliveredDates: col(null, null),
    });
    expect(errorOf(r)).toEqual({ code: "#VALUE!", message: "promisedDates: the promised date is missing in row 2" });
  });

  it("checks every column given against the promised dates' size", () => {
    const base = { orderIds: col("A", "B"), promisedDates: col(45667, 45667), deliveredDates: col(null, null) };
    const size = (name: string) => ({
      code: "#VALUE!",
      message: `promisedDates and ${name} must be the same size (2 and 1 cells)`,
    });
    expect(errorOf(deliveryLines({ ...base, orderIds: col("A") }))).toEqual(size("orderIds"));
    expect(errorOf(deliveryLines({ ...base, deliveredDates: col(45667) }))).toEqual(size("deliveredDates"));
    expect(errorOf(deliveryLines({ ...base, qtyDelivered: col(1) }))).toEqual(size("qtyDelivered"));
    expect(errorOf(deliveryLines({ ...base, unitPrices: col(1) }))).toEqual(size("unitPrices"));
  });

  it("answers #VALUE! for text in a date, quantity or price column, naming it", () => {
    const base = { orderIds: col("A"), promisedDates: col(45667), deliveredDates: col(null) };
    expect(errorOf(deliveryLines({ ...base, promisedDates: col("soon") })).message).toMatch(
      /^promisedDates: text "soon"/,
    );
    expect(errorOf(deliveryLines({ ...base, qtyOrdered: col("ten") })).message).toMatch(/^qtyOrdered: text "ten"/);
    expect(errorOf(deliveryLines({ ...base, qtyOrdered: col(1), qtyDelivered: col("x") })).message).toMatch(
      /^qtyDelivered: text "x"/,
    );
    expect(errorOf(deliveryLines({ ...base, unitPrices: col("cheap") })).message).toMatch(/^unitPrices: text "cheap"/);
  });
});

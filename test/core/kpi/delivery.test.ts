/**
 * OTIF, service level and decision closure on a small order book, counted by hand.
 * Dates are Excel serials: 45700 = 2025-02-13.
 */
import { DeliveryLine, decisionClosure, otif, serviceLevel } from "../../../src/core";
import { expectClose, expectError } from "./expectClose";

// Order A: two lines, both on time and in full.
// Order B: line 1 on time in full; line 2 one day late, in full.
// Order C: on time but short (8 of 10), price 5.
// Order D: not delivered.
const book: DeliveryLine[] = [
  { order: "A", promised: 45700, delivered: 45699, qtyOrdered: 10, qtyDelivered: 10, unitPrice: 1 },
  { order: "A", promised: 45700, delivered: 45700, qtyOrdered: 5, qtyDelivered: 5, unitPrice: 1 },
  { order: "B", promised: 45710, delivered: 45710, qtyOrdered: 20, qtyDelivered: 20, unitPrice: 2 },
  { order: "B", promised: 45710, delivered: 45711, qtyOrdered: 10, qtyDelivered: 10, unitPrice: 2 },
  { order: "C", promised: 45720, delivered: 45720, qtyOrdered: 10, qtyDelivered: 8, unitPrice: 5 },
  { order: "D", promised: 45730, delivered: null, qtyOrdered: 5, qtyDelivered: 0, unitPrice: 1 },
];

describe("otif", () => {
  it("per order counts an order only when every line is on time and in full", () => {
    // A yes; B no (late line); C no (short); D no -> 1 / 4
    expectClose(otif(book), 0.25);
  });
  it("per line counts lines", () => {
    // lines OTIF: A1, A2, B1 -> 3 / 6
    expectClose(otif(book, { basis: "LINE" }), 0.5);
  });
  it("a tolerance of one day forgives the late line", () => {
    // A yes, B yes, C short, D missing -> 2 / 4
    expectClose(otif(book, { toleranceDays: 1 }), 0.5);
  });
  it("as of a date, leaves out open lines not yet due and keeps the overdue ones", () => {
    // As of 45730, order D (promised 45730, not delivered) is not yet due: 1 of A, B, C -> 1 / 3.
    expectClose(otif(book, { asOf: 45730 }), 1 / 3);
    // As of 45731 it is overdue and counts against: 1 / 4.
    expectClose(otif(book, { asOf: 45731 }), 0.25);
    // Service level (on time, quantities ignored), as of 45730: A and C on time, B late -> 2 / 3.
    expectClose(serviceLevel(book, { asOf: 45730 }), 2 / 3);
    expectError(otif(book, { asOf: -3 }), "#NUM!");
  });
  it("treats lines without an order id as orders of their own", () => {
    const loose: DeliveryLine[] = [
      { promised: 10, delivered: 10, qtyOrdered: 1, qtyDelivered: 1 },
      { promised: 10, delivered: 12, qtyOrdered: 1, qtyDelivered: 1 },
    ];
    expectClose(otif(loose), 0.5);
  });
  it("returns #DIV/0! when there are no order lines", () => {
    expectError(otif([]), "#DIV/0!");
  });
  it("treats lines with an empty order id as orders of their own", () => {
    const loose: DeliveryLine[] = [
      { order: "", promised: 10, delivered: 10, qtyOrdered: 1, qtyDelivered: 1 },
      { order: "", promised: 10, delivered: 12, qtyOrdered: 1, qtyDelivered: 1 },
    ];
    expectClose(otif(loose), 0.5);
  });
  it("says there are no order lines, also when none is due by the as-of date", () => {
    expectError(otif([]), "#DIV/0!", "no order lines");
    expectError(otif([], { basis: "LINE" }), "#DIV/0!", "no order lines");
    expectError(otif([{ promised: 200, delivered: null, qtyOrdered: 1, qtyDelivered: 0 }], { asOf: 100, basis: "LINE" }), "#DIV/0!", "no order lines");
  });
  it("as of a date, keeps lines delivered early and leaves out open lines within the tolerance", () => {
    const lines: DeliveryLine[] = [
      // delivered before its promised date, which is after the as-of date: counts, OTIF
      { promised: 120, delivered: 95, qtyOrdered: 1, qtyDelivered: 1 },
      // open, promised 98 + 5 days' tolerance = 103, not past 100: left out
      { promised: 98, delivered: null, qtyOrdered: 1, qtyDelivered: 0 },
      // open, promised 90 + 5 = 95, past: counts, not OTIF
      { promised: 90, delivered: null, qtyOrdered: 1, qtyDelivered: 0 },
    ];
    expectClose(otif(lines, { asOf: 100, toleranceDays: 5, basis: "LINE" }), 0.5);
    // an as-of date of 1 is a date: every open line is not yet due
    expectClose(otif(lines, { asOf: 1, basis: "LINE" }), 1);
    expectError(otif(lines, { asOf: 0.5 }), "#NUM!", "the as-of date is not a date (got 0.5)");
    expectError(otif(lines, { toleranceDays: -1 }), "#NUM!", "tolerance days must be zero or more (got -1)");
  });
  it("returns #NUM! for a negative tolerance", () => {
    expectError(otif(book, { toleranceDays: -1 }), "#NUM!");
  });
  it("returns #VALUE! when a promised date is missing", () => {
    expectError(otif([{ promised: NaN, delivered: 1, qtyOrdered: 1, qtyDelivered: 1 }]), "#VALUE!", "line 1");
  });
  it("returns #NUM! naming the line for a negative delivered quantity, even where the line would be in full", () => {
    // The docs: negative quantities -> #NUM!. Line 2 delivers -5 of 0 ordered (-5 >= 0 would not
    // hold, but 0 of 0 would): an error, not a score.
    const lines: DeliveryLine[] = [
      { order: "A", promised: 10, delivered: 10, qtyOrdered: 1, qtyDelivered: 1 },
      { order: "B", promised: 10, delivered: 10, qtyOrdered: 0, qtyDelivered: -5 },
    ];
    expectError(otif(lines), "#NUM!", "delivered quantity must be zero or more in line 2");
    expectError(otif(lines, { basis: "LINE" }), "#NUM!", "line 2");
    expectError(otif([{ promised: 10, delivered: 10, qtyOrdered: -1, qtyDelivered: 0 }]), "#NUM!", "ordered quantity must be zero or more in line 1");
  });
  it("returns #VALUE! naming the line for a delivered value that is not a date (blank means not delivered)", () => {
    // The core sees a date that could not be read as NaN (text such as "soon" in the cell).
    const lines: DeliveryLine[] = [
      { order: "A", promised: 10, delivered: 10, qtyOrdered: 1, qtyDelivered: 1 },
      { order: "A", promised: 10, delivered: NaN, qtyOrdered: 1, qtyDelivered: 1 },
    ];
    expectError(otif(lines), "#VALUE!", "delivered date is not a date in line 2");
    expectError(otif([{ promised: 10, delivered: Infinity, qtyOrdered: 1, qtyDelivered: 1 }]), "#VALUE!", "line 1");
    // A blank (null) delivery is an undelivered line: order A's second line fails -> 0 / 1.
    expectClose(otif([lines[0], { ...lines[1], delivered: null }]), 0);
  });
});

describe("serviceLevel", () => {
  it("by default counts orders delivered on time, ignoring quantities", () => {
    // A on time; B late line; C on time (short does not matter); D not delivered -> 2 / 4
    expectClose(serviceLevel(book), 0.5);
  });
  it("ORDER fill rate counts orders shipped complete", () => {
    // A, B complete; C short; D nothing -> 2 / 4
    expectClose(serviceLevel(book, { variant: "ORDER" }), 0.5);
  });
  it("LINE fill rate counts complete lines", () => {
    // A1, A2, B1, B2 complete -> 4 / 6
    expectClose(serviceLevel(book, { variant: "LINE" }), 4 / 6);
  });
  it("UNIT fill rate divides units delivered by units ordered", () => {
    // delivered 10+5+20+10+8+0 = 53; ordered 10+5+20+10+10+5 = 60
    expectClose(serviceLevel(book, { variant: "UNIT" }), 53 / 60);
  });
  it("VALUE fill rate weights units by price", () => {
    // delivered 10+5+40+20+40+0 = 115; ordered 10+5+40+20+50+5 = 130
    expectClose(serviceLevel(book, { variant: "VALUE" }), 115 / 130);
  });
  it("caps over-delivery so the unit fill rate never exceeds 1", () => {
    expectClose(serviceLevel([{ promised: 1, delivered: 1, qtyOrdered: 10, qtyDelivered: 15 }], { variant: "UNIT" }), 1);
  });
  it("returns #VALUE! for the VALUE fill rate without prices", () => {
    expectError(serviceLevel([{ promised: 1, delivered: 1, qtyOrdered: 1, qtyDelivered: 1 }], { variant: "VALUE" }), "#VALUE!");
  });
  it("returns #DIV/0! when nothing was ordered", () => {
    expectError(serviceLevel([{ promised: 1, delivered: 1, qtyOrdered: 0, qtyDelivered: 0 }], { variant: "UNIT" }), "#DIV/0!");
  });
  it("returns #NUM! for a negative quantity", () => {
    expectError(serviceLevel([{ promised: 1, delivered: 1, qtyOrdered: -1, qtyDelivered: 0 }]), "#NUM!");
  });
  it("ONTIME ignores quantities where the ORDER fill rate does not", () => {
    // on time, 3 of 5: on time 1 / 1; complete 0 / 1
    const short: DeliveryLine[] = [{ promised: 10, delivered: 10, qtyOrdered: 5, qtyDelivered: 3 }];
    expectClose(serviceLevel(short), 1);
    expectClose(serviceLevel(short, { variant: "ORDER" }), 0);
  });
  it("VALUE names the line without a price, or with a negative one", () => {
    const line = { promised: 1, delivered: 1, qtyOrdered: 1, qtyDelivered: 1 };
    expectError(serviceLevel([{ ...line, unitPrice: 1 }, line], { variant: "VALUE" }), "#VALUE!", "unit prices are needed for the VALUE fill rate (line 2)");
    expectError(serviceLevel([{ ...line, unitPrice: NaN }], { variant: "VALUE" }), "#VALUE!", "(line 1)");
    expectError(serviceLevel([{ ...line, unitPrice: 1 }, { ...line, unitPrice: -1 }], { variant: "VALUE" }), "#NUM!", "unit price must not be negative (line 2)");
    // a price of 0 weighs the line at nothing: 1 x 2 of 2 x 2 filled; the free line adds 0 of 0
    expectClose(serviceLevel([{ ...line, qtyOrdered: 2, qtyDelivered: 2, unitPrice: 2 }, { ...line, qtyDelivered: 0, unitPrice: 0 }], { variant: "VALUE" }), 1);
  });
  it("says when nothing was ordered or the ordered total overflows, and checks the tolerance in every variant", () => {
    expectError(serviceLevel([{ promised: 1, delivered: 1, qtyOrdered: 0, qtyDelivered: 0 }], { variant: "UNIT" }), "#DIV/0!", "nothing was ordered");
    expectError(
      serviceLevel([{ promised: 1, delivered: 1, qtyOrdered: 1e308, qtyDelivered: 0, unitPrice: 10 }], { variant: "VALUE" }),
      "#NUM!",
      "ordered total is too large to compute",
    );
    expectError(serviceLevel(book, { variant: "UNIT", toleranceDays: -1 }), "#NUM!", "tolerance days must be zero or more (got -1)");
  });
});

describe("decisionClosure", () => {
  it("divides closed items by all non-blank items, ignoring case and spaces", () => {
    // Closed, Open, " closed ", In progress -> 2 / 4; blanks are not items
    expectClose(decisionClosure(["Closed", "Open", " closed ", "In progress", null, ""]), 0.5);
  });
  it("uses a configured closed label", () => {
    expectClose(decisionClosure(["Done", "Closed", "done"], "DONE"), 2 / 3);
  });
  it("returns #DIV/0! when there are no action items", () => {
    expectError(decisionClosure([null, ""]), "#DIV/0!");
  });
  it("returns #VALUE! for a blank closed label", () => {
    expectError(decisionClosure(["Closed"], " "), "#VALUE!");
  });
  it("skips missing statuses and names each problem in its message", () => {
    // Closed, Open count; the undefined and null cells are not items -> 1 / 2
    expectClose(decisionClosure(["Closed", undefined, "Open", null]), 0.5);
    expectError(decisionClosure([null, " "]), "#DIV/0!", "no action items");
    expectError(decisionClosure(["Closed"], " "), "#VALUE!", "closed label must not be blank");
  });
});

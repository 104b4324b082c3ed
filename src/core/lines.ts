/**
 * Builds order lines for the OTIF and service-level KPIs from an order table's columns (the
 * SOP.OTIF and SOP.SERVICELEVEL arguments, or the Orders sheet's ranges).
 *
 * - A row whose every cell is blank or 0 (a desktop blank) is not an order line and is skipped.
 * - A delivered date that is blank or 0 means "not delivered yet" (never on time).
 * - A blank quantity is 0. A blank order id makes the line an order of its own.
 * - Dates: date cells (serial numbers) or ISO text ("2025-03-31").
 */
import { ArgInput, cellCount, asRange, dates, labels, numbers, omitted, pairable } from "./args";
import { DeliveryLine } from "./kpi";
import { Result, isSopError, valueError } from "./errors";

export interface LineColumns {
  readonly orderIds: ArgInput;
  readonly promisedDates: ArgInput;
  readonly deliveredDates: ArgInput;
  readonly qtyOrdered?: ArgInput;
  readonly qtyDelivered?: ArgInput;
  readonly unitPrices?: ArgInput;
}

/** A column given (`omitted` is also true of undefined and null). */
const present = (v: ArgInput | undefined): v is ArgInput => !omitted(v);

export function deliveryLines(c: LineColumns): Result<DeliveryLine[]> {
  const n = cellCount(asRange(c.promisedDates));
  const columns: Array<[ArgInput | undefined, string]> = [
    [c.orderIds, "orderIds"],
    [c.deliveredDates, "deliveredDates"],
    [c.qtyOrdered, "qtyOrdered"],
    [c.qtyDelivered, "qtyDelivered"],
    [c.unitPrices, "unitPrices"],
  ];
  for (const [col, name] of columns) {
    if (!present(col)) continue;
    const bad = pairable(c.promisedDates, "promisedDates", col, name);
    if (bad) return bad;
  }
  const promised = dates(c.promisedDates, "promisedDates");
  if (isSopError(promised)) return promised;
  const delivered = present(c.deliveredDates)
    ? dates(c.deliveredDates, "deliveredDates")
    : new Float64Array(n).fill(NaN);
  if (isSopError(delivered)) return delivered;
  const ordered = optionalNumbers(c.qtyOrdered, "qtyOrdered", n);
  if (isSopError(ordered)) return ordered;
  const shipped = optionalNumbers(c.qtyDelivered, "qtyDelivered", n);
  if (isSopError(shipped)) return shipped;
  const prices = present(c.unitPrices) ? numbers(c.unitPrices, "unitPrices") : null;
  if (isSopError(prices)) return prices;
  const ids = present(c.orderIds) ? labels(c.orderIds) : [];
  const out: DeliveryLine[] = [];
  const zeroOrBlank = (x: number): boolean => x !== x || x === 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i] ?? null;
    const price = prices === null ? NaN : prices[i];
    const empty =
      id === null &&
      zeroOrBlank(promised[i]) &&
      zeroOrBlank(delivered[i]) &&
      zeroOrBlank(ordered[i]) &&
      zeroOrBlank(shipped[i]) &&
      zeroOrBlank(price);
    if (empty) continue;
    if (zeroOrBlank(promised[i])) return valueError(`promisedDates: the promised date is missing in row ${i + 1}`);
    const line: DeliveryLine = {
      promised: promised[i],
      delivered: zeroOrBlank(delivered[i]) ? null : delivered[i],
      qtyOrdered: ordered[i] === ordered[i] ? ordered[i] : 0,
      qtyDelivered: shipped[i] === shipped[i] ? shipped[i] : 0,
      ...(id === null ? {} : { order: id }),
      ...(price === price ? { unitPrice: price } : {}),
    };
    out.push(line);
  }
  return out;
}

function optionalNumbers(v: ArgInput | undefined, name: string, n: number): Result<Float64Array> {
  if (!present(v)) return new Float64Array(n).fill(NaN);
  return numbers(v, name);
}

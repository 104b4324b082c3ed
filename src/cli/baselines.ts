/**
 * The statistical baselines of a large cycle, computed in parallel: fitting each family's
 * forecast (and its lag-1 refits) is most of a pack's time, and families are independent. The
 * families are dealt out in small batches to worker threads (bin/baselineWorker.js), which run
 * the same `familyBaseline` the layout would; the layout then takes them as they are
 * (`PlanOptions.baselines`), so the workbook is the same either way.
 */
import { availableParallelism } from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { CycleData } from "../core/model";
import type { Blank, FamilyBaseline } from "../core/plan-model/types";
import { baselineInputs } from "../layout/workbook";

/** Families per message to a worker. */
const BATCH = 4;

/** Below this many families the workers' start-up costs more than they save. */
export const PARALLEL_FROM_FAMILIES = 8;

const WORKER = path.resolve(__dirname, "..", "..", "bin", "baselineWorker.js");

interface Reply {
  readonly start: number;
  readonly baselines: FamilyBaseline[];
}

/** Runs one worker until no batch is left. */
function drive(worker: Worker, next: () => number | undefined, send: (start: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const more = (): void => {
      const start = next();
      if (start === undefined) resolve();
      else send(start);
    };
    worker.on("message", more);
    worker.on("error", reject);
    worker.on("exit", (code) => reject(new Error(`a baseline worker stopped (exit code ${code})`)));
    more();
  });
}

/** `familyBaseline` of each series, on `workers` threads. */
export async function parallelBaselines(
  actuals: ReadonlyArray<ReadonlyArray<Blank>>,
  horizon: number,
  workers: number,
): Promise<FamilyBaseline[]> {
  const out = new Array<FamilyBaseline>(actuals.length);
  let cursor = 0;
  const next = (): number | undefined => {
    if (cursor >= actuals.length) return undefined;
    const start = cursor;
    cursor += BATCH;
    return start;
  };
  const pool = Array.from({ length: workers }, () => new Worker(WORKER));
  try {
    await Promise.all(
      pool.map((w) => {
        w.on("message", (r: Reply) => r.baselines.forEach((b, k) => (out[r.start + k] = b)));
        return drive(w, next, (start) =>
          w.postMessage({ start, actuals: actuals.slice(start, start + BATCH), horizon }),
        );
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}

/**
 * The baselines of `data` computed on one worker per core (at most 4), or undefined (the
 * layout computes them) for a small cycle or a single core.
 */
export async function baselinesFor(
  data: CycleData,
  cores = availableParallelism(),
): Promise<FamilyBaseline[] | undefined> {
  const workers = Math.min(cores, 4);
  if (workers < 2 || data.config.families.length < PARALLEL_FROM_FAMILIES) return undefined;
  const { actuals, horizon } = baselineInputs(data);
  return parallelBaselines(actuals, horizon, workers);
}

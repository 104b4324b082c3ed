/** Everything a sheet builder needs: the resolved inputs, the computed plan and the geometry. */
import { BusinessVocabulary } from "../../core/model";
import { PlanModel } from "../../core/plan-model/plan";
import { PlanInputs } from "../../core/plan-model/types";
import { ArchiveEntry } from "../archive";
import { Geometry } from "../geometry";
import { CellValue } from "../types";

export interface BuildContext {
  readonly inputs: PlanInputs;
  readonly plan: PlanModel;
  readonly geo: Geometry;
  readonly vocab: BusinessVocabulary;
  /** The plan archive's rows (../archive.ts). */
  readonly archive: ReadonlyArray<ArchiveEntry>;
  /** The lags the KPIs sheet measures (Settings, default 1 and 3). */
  readonly lags: ReadonlyArray<number>;
  /** The Settings cell the lags come from, as typed (or the default "1, 3"). */
  readonly lagsInput: CellValue;
}

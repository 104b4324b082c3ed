/** Everything a sheet builder needs: the resolved inputs, the computed plan and the geometry. */
import { BusinessVocabulary } from "../../core/model";
import { PlanModel } from "../../core/plan-model/plan";
import { PlanInputs } from "../../core/plan-model/types";
import { Geometry } from "../geometry";

export interface BuildContext {
  readonly inputs: PlanInputs;
  readonly plan: PlanModel;
  readonly geo: Geometry;
  readonly vocab: BusinessVocabulary;
}

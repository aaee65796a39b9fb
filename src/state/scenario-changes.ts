// Pure changes to the what-if scenario and to the corridor the routes keep to; each asks again.
import type { PresetId, ScenarioChoice } from "../core/analysis/scenario-presets";
import type { Mode } from "../core/dataset";
import { type AppState, askAgain } from "./app-state";
import { toggled } from "./list-toggle";

type Change = (state: AppState) => AppState;

const withScenario = (state: AppState, scenario: ScenarioChoice) => askAgain(state, { scenario });

/** The scenario's lists of what it closes (and of its presets), by the ids each holds. */
type ClosureLists = {
  presets: PresetId;
  countries: string;
  places: string;
  corridors: string;
  modes: Mode;
};

/** Closes (or opens again) one country, crossing, corridor or mode, or ticks a preset. */
export const toggleClosure =
  <F extends keyof ClosureLists>(field: F, id: ClosureLists[F], on?: boolean): Change =>
  (state) => {
    const list = (state.scenario[field] ?? []) as ClosureLists[F][];
    return withScenario(state, { ...state.scenario, [field]: toggled(list, id, on) });
  };

export const clearScenario: Change = (state) => withScenario(state, {});

/** A row of the corridor comparison: its routes keep to that corridor; null lets them go anywhere. */
export const preferCorridor =
  (corridor: string | null): Change =>
  (state) =>
    askAgain(state, { preferCorridor: corridor });

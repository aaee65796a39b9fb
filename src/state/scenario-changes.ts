// Pure changes to the what-if scenario and to the corridor the routes keep to; each asks again.
import type { PresetId, ScenarioChoice } from "../core/analysis/scenario-presets";
import type { Mode } from "../core/dataset";
import { type AppState, askAgain } from "./app-state";
import { toggled } from "./list-toggle";

type Change = (state: AppState) => AppState;

const withScenario = (state: AppState, scenario: ScenarioChoice) => askAgain(state, { scenario });

export const togglePreset =
  (preset: PresetId, on?: boolean): Change =>
  (state) =>
    withScenario(state, {
      ...state.scenario,
      presets: toggled(state.scenario.presets ?? [], preset, on),
    });

export const toggleClosedCountry =
  (country: string, on?: boolean): Change =>
  (state) =>
    withScenario(state, {
      ...state.scenario,
      countries: toggled(state.scenario.countries ?? [], country, on),
    });

export const toggleClosedMode =
  (mode: Mode, on?: boolean): Change =>
  (state) =>
    withScenario(state, {
      ...state.scenario,
      modes: toggled(state.scenario.modes ?? [], mode, on),
    });

export const clearScenario: Change = (state) => withScenario(state, {});

/** A row of the corridor comparison: its routes keep to that corridor; null lets them go anywhere. */
export const preferCorridor =
  (corridor: string | null): Change =>
  (state) =>
    askAgain(state, { preferCorridor: corridor });

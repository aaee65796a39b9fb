// The analysis worker's side and the page's runs, on a tiny network whose answers are worked out by hand:
// Almaty–Baku goes by rail to Aktau and the ferry; Almaty–Bishkek by road through the Korday crossing.
import { describe, expect, it } from "vitest";
import { buildNetworkGraph } from "../../src/core/network-graph";
import { compileRoutingIndex } from "../../src/core/routing";
import {
  type AnalysisReply,
  analysisAnswerer,
  networkAnalysisRequest,
} from "../../src/state/analysis-requests";
import {
  analysisOverlay,
  currentResult,
  idleRuns,
  replyArrived,
  runStarted,
  scenarioAsk,
  tripsRead,
  tripsRefused,
} from "../../src/state/analysis-runs";
import { initialState } from "../../src/state/app-state";
import { answerQuery } from "../../src/state/route-outcome";
import { tinyNetwork } from "../fixtures/tiny-network";

const trips = [
  { id: "to-baku", from: "almaty", to: "baku", weightUsd: 2e9 },
  { id: "to-bishkek", from: "almaty", to: "bishkek", weightUsd: 1e9 },
];
const settings = { by: "hours" as const, includePlanned: false, trips };

function answerer() {
  const replies: AnalysisReply[] = [];
  const answer = analysisAnswerer((reply) => replies.push(reply));
  answer(networkAnalysisRequest(tinyNetwork()));
  return { answer, replies };
}

describe("the analysis worker's answers", () => {
  it("close what a scenario closes, name the trips cut off, and list the closed links for the map", () => {
    const { answer, replies } = answerer();
    answer({ kind: "scenario", id: 3, scenario: { modes: ["ferry"] }, ...settings });
    const [reply] = replies;
    if (reply?.kind !== "scenario") throw new Error(`expected a scenario, got ${reply?.kind}`);
    expect(reply.id).toBe(3);
    const changes = reply.report.outcomes.map((o) => [o.trip.id, o.change]);
    expect(changes).toEqual([
      ["to-baku", "cut"],
      ["to-bishkek", "same"],
    ]);
    expect(reply.report.summary.cutUsd).toBe(2e9);
    expect(reply.closed).toEqual({ places: [], links: ["aktau--baku--ferry"] });
    expect(structuredClone(reply)).toEqual(reply);
  });

  it("rank the crossing a trip hangs on, with progress, and name a bad trips file by row", () => {
    const { answer, replies } = answerer();
    answer({ kind: "chokepoints", id: 4, scenario: {}, order: "cut", ...settings });
    const progress = replies.filter((r) => r.kind === "progress");
    const ranked = replies.find((r) => r.kind === "chokepoints");
    if (ranked?.kind !== "chokepoints") throw new Error("no ranking");
    expect(progress.length).toBe(ranked.ranked.length);
    expect(ranked.ranked.find((c) => c.id === "korday")).toMatchObject({
      kind: "crossing",
      cut: ["to-bishkek"],
    });
    answer({ kind: "trips", id: 5, file: "mine.csv", text: "origin,destination\natlantis,baku\n" });
    expect(replies.at(-1)).toMatchObject({ kind: "problem", id: 5 });
    expect((replies.at(-1) as { problems: string[] }).problems.join()).toMatch(/mine\.csv.*row 2/);
  });

  it("compare under the scenario the page asks", () => {
    const { answer, replies } = answerer();
    const query = {
      from: "almaty",
      to: "baku",
      scenario: { presets: ["caspian-ferries-stopped" as const] },
    };
    answer({ kind: "compare", id: 1, query });
    expect(replies[0]).toMatchObject({ kind: "compare", comparison: { rows: [] } });
  });
});

describe("the page's routes under a scenario", () => {
  it("are found with what the scenario closes, as the route worker answers them", () => {
    const network = tinyNetwork();
    const index = compileRoutingIndex(buildNetworkGraph(network), network);
    const open = answerQuery(index, { from: "almaty", to: "baku" });
    expect(open.kind).toBe("routes");
    const closed = answerQuery(index, {
      from: "almaty",
      to: "baku",
      scenario: { countries: ["AZ"] },
    });
    expect(closed.kind).not.toBe("routes");
  });
});

describe("the page's analysis runs", () => {
  it("show only the answer to the latest ask, and the map's layer from it", () => {
    const state = { ...initialState(), scenario: { modes: ["ferry" as const] } };
    let runs = tripsRead(idleRuns(), trips, null);
    const ask = scenarioAsk(state, runs.trips);
    if (!ask) throw new Error("the scenario closes something");
    runs = runStarted(runs, "scenario", "older");
    const stale = runs.lastId;
    runs = runStarted(runs, "scenario", ask.key);
    const reply = (id: number): AnalysisReply => ({
      kind: "scenario",
      id,
      report: { by: "hours", outcomes: [], summary: {} as never },
      closed: { places: ["baku"], links: ["aktau--baku--ferry"] },
    });
    runs = replyArrived(runs, reply(stale), "scenario");
    expect(runs.runs.scenario?.status).toBe("running");
    runs = replyArrived(runs, reply(runs.lastId), "scenario");
    expect(currentResult(runs, "scenario", ask.key)?.closed.places).toEqual(["baku"]);
    expect([...analysisOverlay(state, runs).closedLinks]).toEqual(["aktau--baku--ferry"]);
    // Once the scenario changes, its old answer is no longer shown.
    const reopened = { ...state, scenario: {} };
    expect(analysisOverlay(reopened, runs).closedLinks.size).toBe(0);
  });
});

describe("the page's trips", () => {
  it("name the standard trips' problem when they cannot be read, and keep the trips there were", () => {
    const refused = tripsRefused(idleRuns(), "standard-trips.json", [
      "standard-trips.json › 3 › from: unknown place",
    ]);
    expect(refused.trips).toMatchObject({
      ready: true,
      trips: [],
      refused: {
        file: "standard-trips.json",
        problems: ["standard-trips.json › 3 › from: unknown place"],
      },
    });
    const kept = tripsRefused(tripsRead(idleRuns(), trips, null), "mine.csv", [
      "mine.csv › row 2: …",
    ]);
    expect(kept.trips.trips).toEqual(trips);
  });
});

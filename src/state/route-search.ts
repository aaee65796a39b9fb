// Route queries answered off the main thread, as plain data: the latest query wins, a stale answer is
// dropped, a slow search says so, and a worker stuck on a query nobody waits for any more is restarted.

import type { AppState } from "./app-state";
import { type PageQuery, type RouteOutcome, routeQueryOf } from "./route-outcome";
import type { RouteReply } from "./route-requests";

/** An answer this late shows progress; a superseded query running this long has its worker restarted. */
export const SLOW_AFTER_MS = 300;

export interface RouteSearch {
  /** The latest query (null while the state asks none), its key, number and when it was asked. */
  query: PageQuery | null;
  key: string;
  id: number;
  askedAt: number;
  /** What the route list shows: the latest answer (the previous one for a moment while awaiting). */
  shown: RouteOutcome;
  /** True until the latest query is answered or stopped. */
  awaiting: boolean;
  /** Queries sent and not answered, oldest first: the worker has been on the first since `busySince`. */
  unanswered: number[];
  busySince: number;
}

/** A step of the search: its next state, and what to do with the worker. */
export interface SearchStep {
  search: RouteSearch;
  /** Terminate the worker: what it works on is no longer wanted. */
  restart: boolean;
  /** A query to send to the (possibly new) worker. */
  send: { id: number; query: PageQuery } | null;
}

export function idleSearch(): RouteSearch {
  const search = { query: null, key: "", id: 0, askedAt: 0, unanswered: [], busySince: 0 };
  return { ...search, shown: { kind: "no-trip" }, awaiting: false };
}

/** The state's query: sent unless it is the one already asked; the list keeps an answer for a moment. */
export function askRoutes(search: RouteSearch, state: AppState, now: number): SearchStep {
  const query = routeQueryOf(state);
  const key = query ? JSON.stringify(query) : "";
  if (!query) {
    const shown: RouteOutcome = { kind: state.origin ? "need-destination" : "no-trip" };
    const same = search.key === "" && search.shown.kind === shown.kind;
    return unstuck(same ? search : { ...search, query, key, shown, awaiting: false }, now);
  }
  if (key === search.key) return { search, restart: false, send: null };
  const id = search.id + 1;
  const idle = search.unanswered.length === 0;
  const asked: RouteSearch = {
    ...search,
    query,
    key,
    id,
    askedAt: now,
    shown: isAnswer(search.shown) ? search.shown : { kind: "searching", slow: false },
    awaiting: true,
    unanswered: [...search.unanswered, id],
    busySince: idle ? now : search.busySince,
  };
  const step = unstuck(asked, now);
  return step.restart ? step : { ...step, send: { id, query } };
}

/** An answer from the worker: shown if it answers the latest query, dropped if that one moved on. */
export function answerArrived(search: RouteSearch, reply: RouteReply, now: number): SearchStep {
  const unanswered = search.unanswered.filter((id) => id > reply.id);
  const latest = reply.id === search.id && search.awaiting;
  const next = { ...search, unanswered, busySince: now };
  return {
    search: latest ? { ...next, shown: reply.answer, awaiting: false } : next,
    restart: false,
    send: null,
  };
}

/** The clock moved: a slow search says so; a worker stuck on a superseded query is restarted. */
export function timePassed(search: RouteSearch, now: number): SearchStep {
  const turnsSlow = !showsSlow(search) && search.awaiting && now - search.askedAt >= SLOW_AFTER_MS;
  return unstuck(turnsSlow ? { ...search, shown: { kind: "searching", slow: true } } : search, now);
}

/** The user stops the search: the worker is restarted and the list says the search stopped. */
export function stopSearch(search: RouteSearch): SearchStep {
  if (!search.awaiting) return { search, restart: false, send: null };
  const stopped = { ...search, shown: { kind: "stopped" } as const, awaiting: false };
  return { search: { ...stopped, unanswered: [] }, restart: true, send: null };
}

/** The worker failed (it could not start, or died): the latest query gets the error as its problem. */
export function workerFailed(search: RouteSearch, message: string): SearchStep {
  const failed = { ...search, unanswered: [], awaiting: false };
  if (!search.awaiting) return { search: failed, restart: true, send: null };
  const shown: RouteOutcome = { kind: "problem", problems: [`corridor/routes: ${message}`] };
  return { search: { ...failed, shown }, restart: true, send: null };
}

/** True while the latest query's answer is awaited and not yet late: the page may wait for it. */
export function answerDue(search: RouteSearch): boolean {
  return search.awaiting && !showsSlow(search);
}

/** When timePassed may next change something, or null when nothing is awaited. */
export function nextCheckAt(search: RouteSearch): number | null {
  const times: number[] = [];
  if (search.awaiting && !showsSlow(search)) times.push(search.askedAt + SLOW_AFTER_MS);
  if (workingOnStale(search)) times.push(search.busySince + SLOW_AFTER_MS);
  return times.length > 0 ? Math.min(...times) : null;
}

function unstuck(search: RouteSearch, now: number): SearchStep {
  const stuck = workingOnStale(search) && now - search.busySince >= SLOW_AFTER_MS;
  if (!stuck) return { search, restart: false, send: null };
  const { query, id, awaiting } = search;
  const resend = awaiting && query ? { id, query } : null;
  const restarted = { ...search, unanswered: resend ? [id] : [], busySince: now };
  return { search: restarted, restart: true, send: resend };
}

function workingOnStale(search: RouteSearch): boolean {
  const first = search.unanswered[0];
  return first !== undefined && !(first === search.id && search.awaiting);
}

function showsSlow(search: RouteSearch): boolean {
  return search.shown.kind === "searching" && search.shown.slow;
}

function isAnswer(outcome: RouteOutcome): boolean {
  return outcome.kind === "routes" || outcome.kind === "no-route" || outcome.kind === "problem";
}

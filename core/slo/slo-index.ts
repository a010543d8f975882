import { editDistanceWithin } from "../edit-distance.js";
import type { Slo } from "./slo.js";

/** SLOs by the names an item may write: the bare name, and `service/name` where there is a service. */
export interface SloIndex {
  readonly byName: ReadonlyMap<string, readonly Slo[]>;
  /** Every name an item may write, for "nearest names" hints. */
  readonly names: readonly string[];
  readonly size: number;
  /** Answers already given, by name: ten thousand items link the same few thousand names. */
  readonly resolved: Map<string, SloResolution>;
}

export type SloResolution =
  | { kind: "found"; slo: Slo }
  | { kind: "unknown"; nearest: string[] }
  | { kind: "ambiguous"; matches: Slo[] };

export function buildSloIndex(slos: readonly Slo[]): SloIndex {
  const byName = new Map<string, Slo[]>();
  const add = (name: string, slo: Slo) => {
    const found = byName.get(name);
    if (found) found.push(slo);
    else byName.set(name, [slo]);
  };
  for (const slo of slos) {
    add(slo.name, slo);
    if (slo.service !== undefined && slo.service !== "") add(`${slo.service}/${slo.name}`, slo);
  }
  return { byName, names: [...byName.keys()], size: slos.length, resolved: new Map() };
}

/** What an item's `slo:` names: one SLO, none (with the nearest names), or several. */
export function resolveSlo(index: SloIndex, name: string): SloResolution {
  let answer = index.resolved.get(name);
  if (answer === undefined) {
    answer = resolveOnce(index, name);
    index.resolved.set(name, answer);
  }
  return answer;
}

function resolveOnce(index: SloIndex, name: string): SloResolution {
  const matches = index.byName.get(name);
  if (matches === undefined || matches.length === 0)
    return { kind: "unknown", nearest: nearestNames(name, index.names) };
  if (matches.length === 1) return { kind: "found", slo: matches[0]! };
  return { kind: "ambiguous", matches: [...matches] };
}

const NEAREST = 3;
/** Hints are for typos: a name further than this from every SLO's gets none. */
const MAX_HINT_DISTANCE = 8;
/** Kubernetes' limit for a name; longer names are compared with none, so a hint stays cheap. */
const MAX_HINT_NAME = 253;

/** The closest names by edit distance, at most three, none further than a third of the name. */
export function nearestNames(name: string, names: readonly string[]): string[] {
  if (name.length > MAX_HINT_NAME) return [];
  const limit = Math.min(MAX_HINT_DISTANCE, Math.max(2, Math.floor(name.length / 3)));
  const scored: { name: string; distance: number }[] = [];
  const wanted = name.toLowerCase();
  for (const candidate of names) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistanceWithin(wanted, candidate.toLowerCase(), limit);
    if (distance <= limit) scored.push({ name: candidate, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : 1));
  return scored.slice(0, NEAREST).map((s) => s.name);
}

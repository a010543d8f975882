import type { PeopleView } from "../people/people-view.js";
import { escapeMarkdown } from "./markdown-escape.js";

const PROBLEM: Record<PeopleView["problems"][number]["problem"], string> = {
  unknown: "unknown",
  "not-a-person": "not a person",
  "not-member": "not a member",
  hidden: "membership hidden",
  unanswered: "not answered",
};

/** An item's people at a glance: ✅ all resolve, ❌ who does not and why, ⚪ could not tell. */
export function peopleCell(view: PeopleView | undefined): string {
  if (!view) return "—";
  if (view.state === "ok") return `✅ ${view.checked} resolved`;
  const mark = view.state === "problems" ? "❌" : "⚪";
  // A handle starts with @: escaped, so the summary mentions no one.
  const list = view.problems.map((p) => `${escapeMarkdown(p.handle)} ${PROBLEM[p.problem]}`);
  return `${mark} ${list.join("<br>")}`;
}

/** Which of a plan's frameworks a sankey can show, and which it shows by default. */
import type { Framework, Plan } from '../../schema/plan.js';

/** The framework a view shows: by id, else by kind; by default the national strategy. */
export function pickFramework(plan: Plan, key?: string): Framework | undefined {
  const all = plan.frameworks ?? [];
  if (key) return all.find((f) => f.id === key) ?? all.find((f) => f.kind === key);
  const linked = new Set(linkedFrameworks(plan).map((f) => f.id));
  return all.find((f) => f.kind === 'national-strategy') ?? all.find((f) => linked.has(f.id)) ?? all[0];
}

const linkedMemo = new WeakMap<Plan, readonly Framework[]>();

/** Frameworks that some link reaches (directly, or through another framework's items). A new array each call; the scan is done once per plan (the picker asks on every render, a hover included). */
export function linkedFrameworks(plan: Plan): Framework[] {
  let linked = linkedMemo.get(plan);
  if (!linked) {
    const owner = new Map<string, string>();
    for (const f of plan.frameworks ?? []) for (const it of f.items) owner.set(it.id, f.id);
    const reached = new Set<string>();
    for (const l of plan.links ?? []) reached.add(owner.get(l.to) ?? l.to);
    linked = (plan.frameworks ?? []).filter((f) => reached.has(f.id));
    linkedMemo.set(plan, linked);
  }
  return [...linked];
}

/** Reading KPIs and their reported results out of a plan. */
import type { Kpi, KpiResult, Plan } from '../../schema/plan.js';
import { findUnit } from '../../format/units.js';
import type { GaugeInput } from './layout.js';

const latestByPlan = new WeakMap<Plan, Map<string, KpiResult>>();

/** The latest reported result of a KPI (by `asOf`; the last listed of equal dates), if any. Indexed once per plan object. */
export function latestResult(plan: Plan, kpiId: string): KpiResult | undefined {
  let latest = latestByPlan.get(plan);
  if (!latest) {
    latest = new Map();
    for (const r of plan.results ?? []) {
      const best = latest.get(r.kpi);
      if (!best || r.asOf >= best.asOf) latest.set(r.kpi, r);
    }
    latestByPlan.set(plan, latest);
  }
  return latest.get(kpiId);
}

export function gaugeInput(plan: Plan, kpi: Kpi, result: KpiResult | undefined): GaugeInput {
  return {
    target: kpi.target.value,
    value: result?.value,
    direction: kpi.direction,
    comparator: kpi.target.comparator,
    percent: findUnit(kpi.target.unit, plan.units)?.kind === 'percent',
  };
}

/** KPIs of one plan item (a development issue) and its descendants; all KPIs without an item id. */
export function kpisOf(plan: Plan, itemId?: string): Kpi[] {
  const all = plan.kpis ?? [];
  if (!itemId) return all;
  const parent = new Map((plan.items ?? []).map((it) => [it.id, it.parent]));
  const under = (id: string | undefined): boolean => {
    for (let cur = id, guard = 0; cur !== undefined && guard < 64; cur = parent.get(cur), guard++) if (cur === itemId) return true;
    return false;
  };
  return all.filter((k) => under(k.item));
}

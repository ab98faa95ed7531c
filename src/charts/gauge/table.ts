import type { Kpi, Plan } from '../../schema/plan.js';
import type { FormatOptions } from '../../format/number.js';
import type { TableData } from '../../core/table.js';
import { describeGauge } from './gauge-view.js';
import { latestResult } from './kpi.js';
import { gs } from './strings.js';
import { agenciesOf, agencyIndex, agencyName } from '../agencies.js';

/** The KPIs as a table: (agency, when several are shown as one,) indicator, target, result, status, date. */
export function gaugeTable(plan: Plan, kpis: Kpi[], fmt: FormatOptions): TableData {
  const lang = fmt.lang;
  const agencies = agenciesOf(plan);
  const agency = (kpi: Kpi) => (agencies.length ? [agencyName(agencies[agencyIndex(plan, kpi.id, kpi.item)], lang)] : []);
  return {
    caption: gs('boardTitle', lang),
    columns: [...(agencies.length ? [{ label: gs('agency', lang) }] : []), { label: gs('kpi', lang) }, { label: gs('target', lang) }, { label: gs('result', lang), numeric: true }, { label: gs('status', lang) }],
    rows: kpis.map((kpi) => {
      const v = describeGauge(plan, kpi, 200, fmt);
      const result = latestResult(plan, kpi.id);
      return {
        cells: [...agency(kpi), v.label, `${v.targetText} (${v.directionText})`, v.valueText, [v.statusText, v.asOfText, v.illustrative ? gs('illustrativeResult', lang) : ''].filter(Boolean).join(' · ')],
        values: [...agency(kpi), v.label, kpi.target.value, result?.value ?? '', v.status],
      };
    }),
  };
}

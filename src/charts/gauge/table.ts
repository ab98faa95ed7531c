import type { Kpi, Plan } from '../../schema/plan.js';
import type { FormatOptions } from '../../format/number.js';
import type { TableData } from '../../core/table.js';
import { describeGauge } from './gauge-view.js';
import { latestResult } from './kpi.js';
import { gs } from './strings.js';

/** The KPIs as a table: indicator, target, result, status, date. */
export function gaugeTable(plan: Plan, kpis: Kpi[], fmt: FormatOptions): TableData {
  const lang = fmt.lang;
  return {
    caption: gs('boardTitle', lang),
    columns: [{ label: gs('kpi', lang) }, { label: gs('target', lang) }, { label: gs('result', lang), numeric: true }, { label: gs('status', lang) }],
    rows: kpis.map((kpi) => {
      const v = describeGauge(plan, kpi, 200, fmt);
      const result = latestResult(plan, kpi.id);
      return {
        cells: [v.label, `${v.targetText} (${v.directionText})`, v.valueText, [v.statusText, v.asOfText, v.illustrative ? gs('illustrativeResult', lang) : ''].filter(Boolean).join(' · ')],
        values: [v.label, kpi.target.value, result?.value ?? '', v.status],
      };
    }),
  };
}

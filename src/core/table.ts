/**
 * The table view: exactly the data a chart draws, as an accessible HTML
 * table. The same description feeds the CSV export, so the two never differ.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface TableColumn {
  /** Header text, in the element's language. */
  label: string;
  /** Right-aligned numeric column. */
  numeric?: boolean;
}

export interface TableRow {
  /** Cells as displayed (already formatted). */
  cells: string[];
  /** Raw values for export, parallel to `cells` (numbers unformatted). */
  values?: (string | number)[];
  /** Indentation depth for hierarchical rows. */
  depth?: number;
}

export interface TableData {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** A totals row, when the columns add up. */
  footer?: TableRow;
}

export function renderTable(data: TableData): TemplateResult {
  const cell = (row: TableRow, c: string, i: number, header: boolean) => {
    const numeric = data.columns[i]?.numeric ?? false;
    const indent = i === 0 && row.depth ? '\u2003'.repeat(row.depth) : '';
    return header && i === 0
      ? html`<th scope="row" class=${numeric ? 'num' : ''}>${indent}${c}</th>`
      : html`<td class=${numeric ? 'num' : ''}>${indent}${c}</td>`;
  };
  // Focusable and labelled, so keyboard users can scroll a wide table sideways.
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${data.caption}>
    <table>
      <caption>${data.caption}</caption>
      <thead>
        <tr>
          ${data.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${data.rows.map((r) => html`<tr>${r.cells.map((c, i) => cell(r, c, i, true))}</tr>`)}
      </tbody>
      ${data.footer ? html`<tfoot><tr>${data.footer.cells.map((c, i) => cell(data.footer as TableRow, c, i, true))}</tr></tfoot>` : nothing}
    </table>
  </div>`;
}

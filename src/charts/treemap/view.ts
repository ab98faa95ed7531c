/**
 * The treemap's markup, from its layout: the cells (with the text that fits
 * and what a screen reader hears), the breadcrumb, the colour key and the
 * colour buttons. Lit templates only: the element owns the state and the
 * events, and passes callbacks for the buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../core/css-props.js';
import type { CategoryKind } from '../../core/theme.js';
import { pickLabel, type Lang } from '../../format/label.js';
import { formatPercent, type FormatOptions } from '../../format/number.js';
import type { BudgetNode } from './tree.js';
import type { TreemapCell } from './cell.js';
import { cellLabel, fullLabel } from './cell-text.js';
import { cellFill, swatchColor } from './colors.js';
import { money, spokenExtra } from './describe.js';
import type { TreemapLayout } from './layout.js';
import type { ColorBy } from './legend.js';
import { ts } from './strings.js';

/** What the cells are drawn with besides the layout. */
export interface CellContext {
  fmt: FormatOptions;
  /** Colours of the top-level items: development issues, or agencies. */
  topKind: CategoryKind;
  /** Key of the cell to ring (`highlight`), and of the one cell in the tab order. */
  highlight?: string;
  active: string;
}

/** The buttons choosing what colours mean; `topName` names the plan's top level. */
export function renderColorModes(mode: ColorBy, lang: Lang, topName: string, pick: (mode: ColorBy) => void): TemplateResult {
  const button = (m: ColorBy, text: string) =>
    html`<button type="button" aria-pressed=${mode === m ? 'true' : 'false'} @click=${() => pick(m)}>${text}</button>`;
  return html`<div class="modes" part="color-modes" role="group" aria-label=${ts('colorBy', lang)}>${button('source', ts('bySource', lang))}${button('issue', topName)}</div>`;
}

/** The visible lines of a cell; with `spoken`, followed by what only a screen reader hears. */
function renderText(cell: TreemapCell, spoken?: string): TemplateResult | typeof nothing {
  const lines = cell.lines.length
    ? html`<span class="txt" aria-hidden=${spoken === undefined ? 'true' : nothing}>${cell.lines.map((l) => html`<span class=${l.kind}>${l.text}</span>`)}</span>`
    : nothing;
  return spoken === undefined ? lines : html`${lines}<span class="visually-hidden">${cell.lines.length ? '. ' : ''}${spoken}</span>`;
}

/** A top-level cell (focusable, a button) with its children drawn inside it (hidden from screen readers). */
function renderCell(cell: TreemapCell, kids: TreemapCell[], layout: TreemapLayout, marks: CellContext): TemplateResult {
  const w = cell.x1 - cell.x0;
  const h = cell.y1 - cell.y0;
  const classes = ['cell', 'd1', cell.nested ? 'nested' : '', marks.highlight === cell.key ? 'highlighted' : '', layout.selected?.key === cell.key ? 'selected' : '', cell.units === 0 ? 'zero' : ''].filter(Boolean).join(' ');
  const parts = ['cell', cell.nested ? 'cell-nested' : '', marks.highlight === cell.key ? 'cell-highlighted' : ''].filter(Boolean).join(' ');
  return html`<div
      class=${classes}
      part=${parts}
      data-key=${cell.key}
      role="button"
      tabindex=${cell.key === marks.active ? 0 : -1}
      style=${cssProps({ transform: `translate(${cell.x0}px, ${cell.y0}px)`, width: `${w}px`, height: `${h}px`, background: cellFill(cell, layout.colorBy, marks.topKind, cell.nested) })}
    >
      ${renderText(cell, spokenExtra(cell, layout.tree, marks.fmt))}
      ${kids.map(
        (k) => html`<div
          class=${`cell d2${marks.highlight === k.key ? ' highlighted' : ''}${layout.selected?.key === k.key ? ' selected' : ''}`}
          part=${marks.highlight === k.key ? 'cell cell-highlighted' : 'cell'}
          data-key=${k.key}
          aria-hidden="true"
          style=${cssProps({ transform: `translate(${k.x0 - cell.x0}px, ${k.y0 - cell.y0}px)`, width: `${k.x1 - k.x0}px`, height: `${k.y1 - k.y0}px`, background: cellFill(k, layout.colorBy, marks.topKind, false) })}
        >
          ${renderText(k)}
        </div>`,
      )}
    </div>`;
}

/** The cells, rebuilt only when they change (not for every tooltip: `guard` skips the whole list). */
export function renderCells(layout: TreemapLayout, tops: TreemapCell[], marks: CellContext): unknown {
  return guard([layout, marks.highlight, marks.active], () => {
    const kidsOf = new Map<string, TreemapCell[]>();
    for (const c of layout.cells) {
      if (c.depth !== 2) continue;
      const list = kidsOf.get(c.parentKey);
      if (list) list.push(c);
      else kidsOf.set(c.parentKey, [c]);
    }
    return repeat(tops, (c) => c.key, (c) => renderCell(c, kidsOf.get(c.key) ?? [], layout, marks));
  });
}

/** The path from the whole budget to the level shown; `show(node, from)` goes back up to `node`. */
export function renderBreadcrumb(layout: TreemapLayout, lang: Lang, show: (node: BudgetNode, from: BudgetNode | undefined) => void): TemplateResult {
  const name = (n: BudgetNode) => (n.parent ? cellLabel(n, lang) : ts('allBudget', lang));
  return html`<nav part="breadcrumb" aria-label=${ts('breadcrumb', lang)}>
      <ol>
        ${layout.trail.map((n, i) =>
          i === layout.trail.length - 1
            ? html`<li><span aria-current="location">${name(n)}</span></li>`
            : html`<li><button type="button" title=${fullLabel(n, lang)} @click=${() => show(n, layout.trail[i + 1])}>${name(n)}</button></li>`,
        )}
      </ol>
    </nav>`;
}

/** What the colours mean, with a total and share per colour; `topName` names the plan's top level. */
export function renderLegend(layout: TreemapLayout, fmt: FormatOptions, topKind: CategoryKind, topName: string): TemplateResult {
  const lang = fmt.lang;
  const mode = layout.colorBy === 'issue' ? topName : ts('bySource', lang);
  // Lines under no top-level item: "no development issue", "no strategy"…
  const other = () => ts('otherOf', lang, { level: lang === 'en' ? topName.toLowerCase() : topName });
  return html`<ul class="legend" part="legend" aria-label=${ts('legend', lang, { mode })}>
      ${layout.legend.map(
        (e) => html`<li>
          <span class="swatch" style=${cssProps({ background: swatchColor(e.index, layout.colorBy, topKind) })}></span>
          <span>${e.code ? `${e.code} ` : ''}${e.index < 0 && layout.colorBy === 'issue' ? other() : pickLabel(e.label, lang)}</span>
          <span class="num">${money(e.units, fmt)} (${formatPercent(e.share / 100, { ...fmt, decimals: 1 })})</span>
        </li>`,
      )}
    </ul>`;
}

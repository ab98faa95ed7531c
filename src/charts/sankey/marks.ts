/** The sankey's markup: the flows and nodes (SVG), and the notes and legend under them. */
import { html, svg, nothing, type TemplateResult } from 'lit';
import { cssProps } from '../../core/css-props.js';
import type { FormatOptions } from '../../format/number.js';
import type { SankeyGeometry } from './layout.js';
import type { AlignmentGraph, GraphLink, GraphNode } from './model.js';
import { graphIndex } from './queries.js';
import { ss } from './strings.js';
import { full, nodeSentence, roleText } from './words.js';

export interface MarksOptions {
  fmt: FormatOptions;
  /** The colour of a flow or plan node by its top-level item's index. */
  color: (index: number) => string;
  /** The one node in the tab order (a roving tabindex). */
  focusable: string | undefined;
}

/** Flows fade in and out on hover only up to this many (see styles.ts). */
const FADE_LINKS = 120;

/** Half the tooltip's widest size: its anchor keeps that far from the chart's edges (the shared tooltip centres on it). */
const TIP_HALF = 180;
const tipX = (x0: number, x1: number, width: number) => (width <= 2 * TIP_HALF ? width / 2 : Math.min(Math.max((x0 + x1) / 2, TIP_HALF), width - TIP_HALF));

/**
 * The flows, then one list of nodes per column; each node a coloured bar, a pale body, its label and value, and a focus ring.
 * The marks have no listeners of their own: the element listens on the drawing and finds a mark by its `data-node` or `data-link`.
 */
export function sankeyMarks(g: AlignmentGraph, geo: SankeyGeometry, { fmt, color, focusable }: MarksOptions): TemplateResult {
  const { node: byId, link: linkById } = graphIndex(g);
  const links = geo.links.map((p) => {
    const l = linkById.get(p.id) as GraphLink;
    return svg`<path class="link ${l.role ?? ''}" data-link=${l.id} d=${p.d} style=${cssProps({ '--c': color(l.color) })}></path>`;
  });
  const columns = g.columns.map((c, ci) => {
    const boxes = geo.nodes.filter((b) => b.column === ci);
    return svg`<g role="list" aria-label=${c.title}>${boxes.map((b) => {
      const n = byId.get(b.id) as GraphNode;
      const h = Math.max(1.5, b.y1 - b.y0);
      const y = (b.y0 + b.y1) / 2 - h / 2;
      return svg`<g class="node mark ${n.kind} ${n.role ?? ''}" role="listitem" data-node=${n.id} tabindex=${n.id === focusable ? 0 : -1}
            aria-label=${nodeSentence(fmt, g, n)} style=${cssProps({ '--c': n.column === 0 && n.kind !== 'unlinked' ? 'var(--_neutral)' : color(n.color) })}>
          ${!b.label || h >= b.label.height ? svg`<rect class="body" x=${b.barX1} y=${y} width=${b.x1 - b.barX1} height=${h}></rect>` : nothing}
          <rect class="bar" x=${b.x0} y=${y} width=${b.barX1 - b.x0} height=${h}></rect>
          <rect class="anchor" x=${tipX(b.x0, b.x1, geo.width) - 0.5} y=${y} width="1" height=${h}></rect>
          <rect class="ring" x=${b.x0 - 3} y=${Math.min(y, b.label?.y ?? y) - 3} width=${b.x1 - b.x0 + 6} height=${Math.max(y + h, (b.label?.y ?? 0) + (b.label?.height ?? 0)) - Math.min(y, b.label?.y ?? y) + 6} rx="3"></rect>
          ${b.label ? svg`<text class="label" aria-hidden="true" font-size=${geo.font}>${b.label.lines.map((line) => svg`<tspan x=${b.label?.x} y=${line.y}>${line.text}</tspan>`)}${
            b.label.value ? svg`<tspan class="value" x=${b.label.value.x ?? b.label.x} y=${b.label.value.y} font-size=${geo.valueFont}>${b.label.value.text}</tspan>` : nothing}</text>` : nothing}
        </g>`;
    })}</g>`;
  });
  return svg`<g class=${links.length <= FADE_LINKS ? 'links fade' : 'links'} aria-hidden="true">${links}</g>${columns}`;
}

/** Under the drawing: what the flows' width means, the legend, the total, the sharing rule and the "not itemised" nodes. */
export function sankeyNotes(fmt: FormatOptions, g: AlignmentGraph): TemplateResult {
  const lang = fmt.lang;
  const notes = [
    g.fallbackLevel ? ss('fallback', lang, { level: g.fallbackLevel }) : '',
    ss('total', lang, { value: full(fmt, g, g.total) }),
    ss('sharing', lang),
    ...g.restLevels.map((level) => {
      const lower = lang === 'en' ? level.charAt(0).toLowerCase() + level.slice(1) : level;
      return ss('restNote', lang, { level: lower, node: ss('rest', lang, { level: lower }) });
    }),
  ].filter(Boolean);
  return html`<div class="notes" part="notes">
        <p class="weighting">${g.weighting === 'budget' ? ss('weightBudget', lang) : ss('weightCount', lang, { level: g.leafLevel })}</p>
        <ul class="legend" part="legend" aria-label=${ss('legend', lang)}>
          ${g.roles.map((r) => html`<li><span class="swatch ${r}" aria-hidden="true"></span>${roleText(lang, r)}</li>`)}
          ${g.nodes.some((n) => n.kind === 'unlinked') ? html`<li><span class="swatch unlinked" aria-hidden="true"></span>${ss('unlinked', lang)}</li>` : nothing}
        </ul>
        ${notes.map((n) => html`<p>${n}</p>`)}
      </div>`;
}

/** What a hovered or selected mark says: its tooltip and the detail of its events. */
import type { Plan } from '../../schema/plan.js';
import type { MarkDetail } from '../../core/events.js';
import type { FormatOptions } from '../../format/number.js';
import type { AlignmentGraph, GraphLink, GraphNode } from './model.js';
import { breakdown, contributions, graphIndex } from './queries.js';
import { ss } from './strings.js';
import { full, linkLabel, pct, roleText, short } from './words.js';

/** A hovered mark: a node or a flow, by id. */
export type Active = { node?: string; link?: string };

/** The `codi-hover` / `codi-select` detail of a node or a flow. */
export function markDetail(plan: Plan, g: AlignmentGraph, n?: GraphNode, l?: GraphLink): MarkDetail {
  const unit = g.unit;
  if (l) {
    const target = graphIndex(g).node.get(l.target);
    const source = graphIndex(g).node.get(l.source);
    return { planId: plan.id, kind: 'link', id: l.id, itemId: target?.kind === 'item' && target.itemId ? target.itemId : source?.kind === 'item' ? source.itemId : undefined, label: linkLabel(g, l), value: l.value / g.scale, unit };
  }
  const node = n as GraphNode;
  const kind = node.column === 0 ? (node.kind === 'framework' ? 'framework' : 'framework-item') : 'item';
  return { planId: plan.id, kind, id: node.itemId ?? node.id, itemId: node.column > 0 ? node.itemId : undefined, label: node.fullLabel, value: node.value / g.scale, unit };
}

/** The tooltip's title and lines: value and share, alignment, and what the amount is made of or goes to (five at most). */
export function tipFor(fmt: FormatOptions, g: AlignmentGraph, target: Active): [string, string[]] {
  const lang = fmt.lang;
  const lines: string[] = [];
  const list = (head: string, items: { label: string; text: string }[]) => {
    if (!items.length) return;
    lines.push(`${head}:`);
    for (const it of items.slice(0, 5)) lines.push(`• ${it.label}: ${it.text}`);
    if (items.length > 5) lines.push(ss('more', lang, { n: items.length - 5 }));
  };
  if (target.link) {
    const l = graphIndex(g).link.get(target.link) as GraphLink;
    lines.push(`${full(fmt, g, l.value)} · ${ss('ofTotal', lang, { share: pct(fmt, l.value, g.total) })}`);
    if (l.role) lines.push(roleText(lang, l.role));
    if (l.stage === 0) list(ss('sharesFrom', lang), contributions(g, l.id).map((c) => ({ label: c.node.label, text: `${short(fmt, g, c.units)} (${ss('shareOfOwn', lang, { share: pct(fmt, c.share, 1) })})` })));
    return [linkLabel(g, l), lines];
  }
  const n = graphIndex(g).node.get(target.node as string) as GraphNode;
  lines.push(`${full(fmt, g, n.value)} · ${ss('ofTotal', lang, { share: pct(fmt, n.value, g.total) })}`);
  if (n.role) lines.push(roleText(lang, n.role));
  const parts = breakdown(g, n.id).map((b) => ({ label: b.node.label, text: `${short(fmt, g, b.units)} (${pct(fmt, b.units, n.value)})` }));
  list(ss(n.column === 0 ? 'sharesFrom' : 'sharesTo', lang), parts);
  return [n.fullLabel, lines];
}

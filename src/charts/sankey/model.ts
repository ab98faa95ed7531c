/**
 * The alignment graph's shapes: columns, nodes, flows and the amounts
 * ("atoms") flowing through them. Built by `alignmentGraph` (graph.ts).
 */
import type { Framework } from '../../schema/plan.js';
import type { Lang } from '../../format/label.js';

export type Weighting = 'budget' | 'count';
export type Role = 'primary' | 'secondary';

export interface GraphOptions {
  /** A framework id, or a framework kind (`national-strategy`, `sdg`…). Default: the national strategy. */
  framework?: string;
  /** Plan levels shown as columns (1–5). Default 2. */
  depth?: number;
  /** Default `budget`; falls back to `count` when a shown level has no budget. */
  weight?: Weighting;
  lang: Lang;
}

/** `~`-prefixed ids are the chart's own nodes: plan ids can never start with `~`. */
export const UNLINKED = '~unlinked';
export const WHOLE_FRAMEWORK = '~framework';

export type NodeKind = 'framework-item' | 'framework' | 'unlinked' | 'item' | 'rest' | 'none';

export interface GraphNode {
  id: string;
  /** 0 is the framework; plan level k is column k + 1. */
  column: number;
  kind: NodeKind;
  /** The plan item or framework item the node stands for. */
  itemId?: string;
  /** Short label (the item's `shortLabel` when it has one), with its printed number. */
  label: string;
  fullLabel: string;
  /** Integer units (see `AlignmentGraph.scale`). */
  value: number;
  role?: Role;
  /** Index of the top-level item (development issue, or agency in a combined plan) the node belongs to, for its colour; -1 for none. */
  color: number;
  /** Indices into `atoms` of everything that flows through the node. */
  atoms: number[];
}

export interface GraphLink {
  id: string;
  source: string;
  target: string;
  /** Integer units. */
  value: number;
  /** 0 for framework → first plan level, k for plan level k → k + 1. */
  stage: number;
  role?: Role;
  color: number;
  atoms: number[];
}

export interface AtomTarget {
  node: string;
  role?: Role;
  units: number;
}

/** An amount sitting at one plan item, and where it goes. */
export interface Atom {
  item: string;
  units: number;
  /** Node id per plan column. */
  path: string[];
  /** Its split among the framework column's nodes (units add up to `units`). */
  targets: AtomTarget[];
}

export type EmptyReason = 'noItems' | 'noFrameworks' | 'unknownFramework' | 'noLinks' | 'noValues';

export interface AlignmentGraph {
  framework?: Framework;
  frameworkLabel: string;
  columns: { title: string; levelId?: string }[];
  nodes: GraphNode[];
  links: GraphLink[];
  atoms: Atom[];
  weighting: Weighting;
  /** Set when `budget` was asked for but this level has no budget figures. */
  fallbackLevel?: string;
  /** Units per displayed unit (10,000 per million baht; 10,000 per item). */
  scale: number;
  unit: 'million-baht' | 'item';
  /** Every column's total, in units. */
  total: number;
  /** Labels of levels with a "not itemised" node. */
  restLevels: string[];
  /** The deepest level shown (for "number of programs"). */
  leafLevel: string;
  roles: Role[];
  empty?: EmptyReason;
}

/** Units per item when flows count items (so a count and an amount are both integers). */
export const COUNT_SCALE = 10_000;
/** Plan levels shown as columns, at most. */
export const MAX_DEPTH = 5;

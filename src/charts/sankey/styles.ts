import { css } from 'lit';

/**
 * Styles of the alignment sankey. Colours arrive as `--c` on each node and flow (set with cssProps, allowed under a strict CSP).
 *
 * Comments about the rules stay out of the CSS text, which ships as it is written:
 * - `svg[part='sankey'] *`: the shared `* { box-sizing: inherit }` makes every mark restyle its children whenever
 *   its own style changes (a dimmed node restyled its 4-6 children: 14,600 elements per hover at 100× instead of
 *   6,600). Box sizing means nothing to SVG shapes: an explicit value, the one inherited anyway, leaves them out.
 * - `.hovering …:not(.on)`: while a mark is hovered or highlighted (emphasis.ts), the drawing has `hovering` and the
 *   related marks `on`; the rest is dimmed through that one class.
 */
export const sankeyStyles = css`
  :host {
    --_flow-opacity: var(--codi-sankey-flow-opacity, 0.38);
    --_neutral: var(--codi-sankey-framework-color, #4f5866);
  }
  .chart {
    position: relative;
  }
  svg[part='sankey'] * {
    box-sizing: border-box;
  }
  .link {
    fill: var(--c, var(--_neutral));
    fill-opacity: var(--_flow-opacity);
  }
  /* A fade only among few flows: hundreds of transitions started at once cost more than a frame. */
  .links.fade .link {
    transition: fill-opacity 120ms;
  }
  /* Secondary alignment: a pale flow with a dashed edge, told apart without colour. */
  .link.secondary {
    fill-opacity: 0.16;
    stroke: var(--c, var(--_neutral));
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .link.on {
    fill-opacity: 0.62;
  }
  .link.secondary.on {
    fill-opacity: 0.35;
  }
  .hovering .link:not(.on) {
    fill-opacity: 0.07;
    stroke-opacity: 0.3;
  }
  .node .body {
    fill: var(--c, var(--_neutral));
    fill-opacity: 0.13;
  }
  .node .bar {
    fill: var(--c, var(--_neutral));
  }
  .node.secondary .bar {
    fill: var(--_surface);
    stroke: var(--c, var(--_neutral));
    stroke-width: 2;
    stroke-dasharray: 4 2;
  }
  .node.unlinked .bar,
  .node.rest .bar,
  .node.none .bar {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
  }
  .node .ring {
    fill: none;
    stroke: none;
  }
  .anchor {
    fill: none;
    pointer-events: none;
  }
  .node:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .hovering .node:not(.on) {
    opacity: 0.35;
  }
  .label,
  .col-title {
    pointer-events: none;
  }
  .col-title {
    font-weight: 700;
  }
  .value {
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .notes {
    margin: 0.4rem 0 0;
    color: var(--_muted);
    font-size: 0.85em;
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .notes p {
    margin: 0;
  }
  .weighting {
    color: var(--_text);
    font-weight: 700;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    display: inline-block;
    width: 1.8em;
    height: 0.8em;
    background: color-mix(in srgb, var(--_muted) 45%, transparent);
  }
  .swatch.secondary {
    background: color-mix(in srgb, var(--_muted) 16%, transparent);
    border: 1.5px dashed var(--_muted);
  }
  .swatch.unlinked {
    width: 0.7em;
    height: 1em;
    border: 1.5px dashed var(--_muted);
  }
  /* The picker and the shared buttons wrap on a phone instead of running out of the box. */
  .toolbar {
    flex-wrap: wrap;
    min-width: 0;
    max-width: 100%;
  }
  select {
    font: inherit;
    font-size: 0.875em;
    min-width: 0;
    max-width: min(16rem, 100%);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.1rem 0.3rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .links.fade .link {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .link {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .link.on {
      fill: Highlight;
    }
    .node .bar,
    .node .body {
      fill: CanvasText;
    }
    .node .body {
      fill-opacity: 0.1;
    }
    .node:focus-visible .ring {
      stroke: Highlight;
    }
    .swatch {
      border-color: CanvasText;
    }
  }
`;

import { css } from 'lit';

/** Styles of the household map: tiles, regions, legend, the national-totals list. */
export const mapStyles = css`
  :host {
    --_map-outline: var(--codi-map-region-outline, var(--_text));
    --_map-nodata: var(--codi-map-no-data, #8896a5);
    --_map-gap: var(--codi-map-gap, var(--_surface));
  }
  .toolbar {
    flex-wrap: wrap;
    align-items: center;
  }
  select {
    font: inherit;
    font-size: 0.875em;
    max-width: 100%;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.15rem 0.3rem;
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.25rem;
    align-items: flex-start;
  }
  .map {
    flex: none;
  }
  .side {
    flex: 1 1 13rem;
    min-width: 0;
    font-size: 0.875em;
  }
  .side p {
    margin: 0 0 0.35rem;
  }
  .tile .fill,
  .area .fill {
    stroke: var(--_map-gap);
    stroke-width: 2;
  }
  .region .fill {
    stroke: none;
  }
  .no-data .fill {
    fill: var(--_surface);
  }
  .hatch path {
    fill: none;
    stroke: var(--_map-nodata);
    stroke-width: 1;
  }
  /* Class patterns show in forced-colours mode only (visibility, not display, so exports keep them hidden too). */
  .pattern {
    visibility: hidden;
  }
  .pattern-lines path {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.2;
  }
  .outside .fill {
    fill: var(--_track);
  }
  .outline {
    fill: none;
    stroke: var(--_map-outline);
    stroke-width: 2;
    stroke-linecap: square;
    pointer-events: none;
  }
  .ring {
    fill: none;
    stroke: none;
    stroke-width: 3;
    pointer-events: none;
  }
  .mark:focus-visible {
    outline: none;
  }
  .mark:focus-visible .ring,
  .mark:hover .ring {
    stroke: var(--_focus);
  }
  .mark:focus-visible .ring {
    stroke-width: 4;
    filter: drop-shadow(0 0 1.5px var(--_surface)) drop-shadow(0 0 1px var(--_surface));
  }
  .mark.highlighted .ring {
    stroke: var(--_accent);
    stroke-dasharray: 4 2;
  }
  .mark text,
  .region-label {
    pointer-events: none;
    font-variant-numeric: tabular-nums;
  }
  text.light {
    fill: #ffffff;
  }
  text.value {
    font-weight: 700;
  }
  .region-label {
    font-weight: 700;
    paint-order: stroke;
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  /* The halo behind text-coloured labels is the surface colour (white by default), so it stays a halo under a dark theme. */
  .region-label.dark {
    stroke: color-mix(in srgb, var(--_surface) 75%, transparent);
  }
  .region-label.light {
    stroke: rgb(0 0 0 / 0.45);
  }
  .legend ul {
    list-style: none;
    margin: 0 0 0.4rem;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-variant-numeric: tabular-nums;
  }
  .legend svg {
    flex: none;
    overflow: hidden;
  }
  .legend .heading,
  .total {
    font-weight: 700;
  }
  .note,
  .method {
    color: var(--_muted);
  }
  .warning {
    border-left: 4px solid var(--_warn);
    padding: 0.2rem 0.5rem;
    margin: 0 0 0.5rem;
    font-size: 0.875em;
  }
  .warning p {
    margin: 0;
  }
  .agencies-note {
    margin: 0 0 0.6rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .notice {
    margin: 0 0 0.6rem;
    padding: 0.4rem 0.6rem;
    border-left: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .bars {
    display: grid;
    gap: 0.4rem;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(8rem, 16rem) minmax(3rem, 1fr) 14em;
    gap: 0.1rem 0.75rem;
    align-items: center;
    padding: 0.15rem 0.25rem;
    border-radius: var(--_radius);
  }
  .bar-row.total {
    border-top: 2px solid var(--_text);
    border-radius: 0;
    padding-top: 0.35rem;
  }
  .bar-row.chosen {
    box-shadow: inset 4px 0 0 var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .bar-label {
    overflow-wrap: anywhere;
  }
  .bar {
    display: block;
    height: 0.9rem;
    min-width: 2px;
    background: var(--codi-map-bar, var(--codi-seq-5, #1a5797));
    border-radius: 2px;
  }
  .bar-value {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .bars.narrow .bar-row {
    grid-template-columns: minmax(2rem, 1fr) auto;
  }
  .bars.narrow .bar-label {
    grid-column: 1 / -1;
  }
  @media (forced-colors: active) {
    .fill {
      fill: Canvas !important;
      stroke: CanvasText !important;
    }
    .pattern {
      visibility: visible;
    }
    .pattern-lines path,
    .hatch path {
      stroke: CanvasText;
    }
    .outline {
      stroke: CanvasText;
    }
    .mark text,
    .region-label,
    text.light {
      fill: CanvasText !important;
      stroke: Canvas;
      stroke-width: 4px;
      paint-order: stroke;
    }
    .mark:focus-visible .ring,
    .mark:hover .ring,
    .mark.highlighted .ring {
      stroke: Highlight;
    }
    .bar {
      background: CanvasText;
    }
    .bar-row.chosen {
      outline: 2px solid Highlight;
    }
  }
`;

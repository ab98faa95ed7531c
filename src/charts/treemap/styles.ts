import { css } from 'lit';

/** Styles of the budget treemap: cells, their text, the breadcrumb, the legend. */
export const treemapStyles = css`
  :host {
    --_tm-text: var(--codi-treemap-text, #ffffff);
    --_tm-header: var(--codi-treemap-header, #2e3742);
    --_tm-other: var(--codi-treemap-other, #5f6773);
    --_tm-highlight: var(--codi-treemap-highlight, #f2b705);
    --_tm-duration: var(--codi-treemap-duration, 350ms);
  }
  .top {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin-bottom: 0.4rem;
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.1rem 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  nav li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    min-width: 0;
  }
  nav li + li::before {
    content: '›';
    color: var(--_muted);
  }
  nav button {
    max-width: 18em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  nav [aria-current] {
    font-weight: 700;
  }
  .total {
    margin: 0;
  }
  .total strong {
    font-variant-numeric: tabular-nums;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 0.35rem;
  }
  .legend .num {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    flex: none;
    align-self: center;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
  }
  .modes {
    display: flex;
    gap: 0;
  }
  .modes button {
    border-radius: 0;
  }
  .modes button:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .modes button:last-child {
    border-radius: 0 var(--_radius) var(--_radius) 0;
    margin-left: -1px;
  }
  .modes button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_surface);
  }
  .tm {
    position: relative;
    overflow: hidden;
    background: var(--_surface);
  }
  .stage {
    position: absolute;
    inset: 0;
    transform-origin: 0 0;
  }
  .cell {
    position: absolute;
    left: 0;
    top: 0;
    overflow: hidden;
    color: var(--_tm-text);
    font-size: var(--_tm-font, 13px);
    line-height: var(--_tm-line, 17px);
    cursor: pointer;
    forced-color-adjust: none;
  }
  .cell.d1 {
    transition:
      transform var(--_tm-duration) ease,
      width var(--_tm-duration) ease,
      height var(--_tm-duration) ease;
  }
  .cell.zero {
    cursor: default;
  }
  .txt {
    position: absolute;
    inset: var(--_tm-pad, 4px);
    pointer-events: none;
  }
  .txt span {
    display: block;
    white-space: nowrap;
    overflow: hidden;
  }
  .txt .label {
    font-weight: 700;
  }
  .txt .value,
  .txt .share {
    font-variant-numeric: tabular-nums;
  }
  .cell:focus {
    outline: none;
  }
  /* Rings are drawn by pseudo-elements above the nested cells, so a focused or highlighted parent shows its whole edge. */
  .cell::after,
  .cell::before {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 2;
    pointer-events: none;
  }
  .cell.highlighted::before {
    box-shadow:
      inset 0 0 0 3px var(--_tm-highlight),
      inset 0 0 0 4px #000;
  }
  .cell.selected::before {
    box-shadow:
      inset 0 0 0 3px var(--_tm-text),
      inset 0 0 0 4px #000;
  }
  .cell:focus-visible::after {
    box-shadow:
      inset 0 0 0 3px var(--_focus),
      inset 0 0 0 5px #ffffff;
  }
  .cell.d2:hover::after,
  .cell.d1:not(.nested):hover::after {
    background: rgb(255 255 255 / 0.12);
  }
  .note {
    margin: 0;
    padding: 1rem;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .cell {
      border: 1px solid CanvasText;
      background: Canvas !important;
      color: CanvasText;
    }
    .cell:focus-visible::after {
      box-shadow: none;
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
    .cell.highlighted::before {
      box-shadow: none;
      outline: 3px dashed Highlight;
      outline-offset: -6px;
    }
    .swatch {
      border: 1px solid CanvasText;
    }
  }
`;

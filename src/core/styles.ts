import { css } from 'lit';
import { tokens } from './theme.js';

/** Styles every element shares: the frame, the states, focus, tables, tooltips. */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      position: relative;
      box-sizing: border-box;
      min-width: 0;
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.5;
      color: var(--_text);
      contain: layout style;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    [part='base'] {
      margin: 0;
      min-width: 0;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.25rem 0.75rem;
      margin-bottom: 0.25rem;
    }
    .title {
      margin: 0;
      font-size: 1.05em;
      font-weight: 700;
    }
    .subtitle {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    button {
      font: inherit;
      font-size: 0.875em;
      color: var(--_accent);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.15rem 0.6rem;
      cursor: pointer;
    }
    .export {
      position: relative;
    }
    .export summary {
      font-size: 0.875em;
      color: var(--_accent);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.15rem 0.6rem;
      cursor: pointer;
      list-style: none;
      background: var(--_surface);
    }
    .export summary::-webkit-details-marker {
      display: none;
    }
    .export-list {
      position: absolute;
      right: 0;
      z-index: 2;
      display: flex;
      gap: 0.25rem;
      padding: 0.25rem;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    button:hover {
      border-color: var(--_accent);
    }
    :focus-visible,
    .mark:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    svg {
      display: block;
      overflow: visible;
      font-family: var(--_font);
    }
    svg text {
      fill: var(--_text);
    }
    .mark {
      cursor: pointer;
    }
    .mark:focus {
      outline: none;
    }
    .badge {
      display: inline-block;
      border: 1px dashed var(--_warn);
      color: var(--_warn);
      border-radius: var(--_radius);
      padding: 0 0.4rem;
      font-size: 0.8em;
      font-weight: 700;
    }
    .state {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      align-items: flex-start;
      padding: 0.9rem 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      min-height: 4rem;
    }
    .state p {
      margin: 0;
    }
    .state.error {
      border-color: var(--_bad);
      border-left-width: 4px;
    }
    .state.error .heading {
      color: var(--_bad);
      font-weight: 700;
    }
    .state ul {
      margin: 0;
      padding-left: 1.2rem;
      font-size: 0.875em;
    }
    .state code {
      font-size: 0.95em;
      overflow-wrap: anywhere;
    }
    .loading .bar {
      width: 100%;
      height: 0.5rem;
      border-radius: 999px;
      background: linear-gradient(90deg, var(--_track) 0%, var(--_border) 50%, var(--_track) 100%);
      background-size: 200% 100%;
      animation: codi-shimmer 1.4s linear infinite;
    }
    @keyframes codi-shimmer {
      to {
        background-position: -200% 0;
      }
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .footer {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin-top: 0.35rem;
      color: var(--_muted);
      font-size: 0.8em;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.875em;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-bottom: 0.25rem;
    }
    th,
    td {
      text-align: start;
      padding: 0.2rem 0.5rem;
      border-bottom: 1px solid var(--_border);
      vertical-align: top;
    }
    td.num,
    th.num {
      text-align: end;
      white-space: nowrap;
    }
    tfoot td,
    tfoot th {
      font-weight: 700;
      border-top: 2px solid var(--_text);
    }
    .table-wrap {
      overflow-x: auto;
    }
    .tooltip {
      position: absolute;
      z-index: 1;
      pointer-events: none;
      max-width: min(22rem, 90%);
      padding: 0.4rem 0.6rem;
      border-radius: var(--_radius);
      background: var(--_text);
      color: var(--_surface);
      font-size: 0.85em;
      line-height: 1.4;
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    }
    .tooltip p {
      margin: 0;
    }
    .tooltip .tt-title {
      font-weight: 700;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
      }
    }
    @media (forced-colors: active) {
      svg text {
        fill: CanvasText;
      }
      .mark {
        forced-color-adjust: none;
      }
      .badge,
      .state {
        border-color: CanvasText;
      }
      .tooltip {
        border: 1px solid CanvasText;
        background: Canvas;
        color: CanvasText;
      }
    }
  `,
];

import { css } from 'lit';

/** Styles of a gauge drawing and its text, shared by the gauge and the board. */
export const gaugeStyles = css`
  .gauge .track {
    fill: var(--_track);
  }
  .gauge .good-zone {
    fill: var(--codi-gauge-good-zone, var(--_good));
  }
  .gauge .value {
    fill: var(--codi-gauge-value, var(--_accent));
  }
  .gauge.status-met .value {
    fill: var(--codi-gauge-met, var(--_good));
  }
  .gauge.status-not-met .value {
    fill: var(--codi-gauge-not-met, var(--_bad));
  }
  .gauge .target {
    stroke: var(--_text);
    stroke-width: 3;
  }
  .gauge .value-text {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .gauge .unit-text {
    fill: var(--_muted);
  }
  .gauge .scale {
    font-size: 11px;
    fill: var(--_muted);
  }
  .target-text,
  .status-text {
    margin: 0;
    text-align: center;
    font-size: 0.875em;
  }
  .direction,
  .as-of {
    color: var(--_muted);
  }
  .status-text.status-met {
    color: var(--_good);
    font-weight: 700;
  }
  .status-text.status-not-met {
    color: var(--_bad);
    font-weight: 700;
  }
  .status-text.status-no-result {
    color: var(--_muted);
  }
  .center {
    display: flex;
    justify-content: center;
  }
  .kpi-label {
    margin: 0 0 0.25rem;
    font-weight: 700;
    text-align: center;
  }
  @media (forced-colors: active) {
    .gauge .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .gauge .good-zone {
      fill: GrayText;
    }
    .gauge .value {
      fill: Highlight;
    }
    .gauge .target {
      stroke: CanvasText;
    }
    .gauge text {
      fill: CanvasText;
    }
  }
`;

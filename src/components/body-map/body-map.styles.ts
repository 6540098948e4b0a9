import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      --body-fill: var(--knot-color-body, #e7e5e4);
      --outline-color: var(--knot-color-body-line, #78716c);
      --hover-fill: var(--knot-color-body-hover, #d6d3d1);
      --intensity-1: var(--knot-color-intensity-low, #fcd34d);
      --intensity-2: var(--knot-color-intensity-mid, #fb923c);
      --intensity-3: var(--knot-color-intensity-high, #dc2626);
      --marker-color: var(--knot-color-marker, #1e3a8a);
      --referral-primary: var(--knot-color-referral-primary, #ef4444);
      --referral-secondary: var(--knot-color-referral-secondary, #fecaca);
      display: block;
      max-width: 48rem;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: flex-end;
    }
    button,
    .panel,
    .list {
      border: 1px solid var(--knot-color-border, #6b7280);
      border-radius: 0.5rem;
      background: var(--knot-color-surface, #ffffff);
    }
    button {
      padding: 0 1rem;
    }
    [aria-pressed='true'],
    [aria-expanded='true'] {
      background: var(--knot-color-surface-raised, #f3f4f6);
      font-weight: 600;
    }
    .figures {
      display: flex;
      justify-content: center;
      gap: 1rem;
    }
    .figure {
      flex: 1;
      min-width: 0;
      max-width: 22rem;
      overflow: visible;
      touch-action: manipulation;
    }
    .outline {
      fill: var(--body-fill);
      stroke: var(--outline-color);
      stroke-width: 1.2;
    }
    .region {
      fill: var(--body-fill);
      stroke: var(--outline-color);
      stroke-width: 0.35;
      cursor: pointer;
      outline: none;
    }
    .region[aria-disabled='true'] {
      cursor: default;
    }
    .region:not(.selected, .referral-primary, .referral-secondary):hover {
      fill: var(--hover-fill);
    }
    .referral-secondary {
      fill: var(--referral-secondary);
    }
    .referral-primary {
      fill: var(--referral-primary);
    }
    .region.selected {
      stroke: var(--knot-color-text, #1f2937);
      stroke-width: 1;
    }
    .i1 {
      fill: var(--intensity-1);
    }
    .i2 {
      fill: var(--intensity-2);
    }
    .i3 {
      fill: var(--intensity-3);
    }
    .region:focus-visible {
      stroke: var(--knot-color-focus, #1d4ed8);
      stroke-width: 2;
    }
    .marker {
      fill: var(--knot-color-surface, #ffffff);
      stroke: var(--marker-color);
      stroke-width: 1.6;
      pointer-events: none;
    }
    .side-label {
      font-size: 9px;
      fill: var(--knot-color-text-muted, #4b5563);
      text-anchor: middle;
      pointer-events: none;
    }
    .panel,
    .list {
      margin-top: 0.75rem;
      padding: 0.75rem;
    }
    .panel-title {
      font-weight: 600;
    }
    .slider {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    input[type='range'] {
      flex: 1;
      min-height: 24px;
      accent-color: var(--knot-color-accent, #0f766e);
    }
    fieldset {
      border: 0;
      margin: 0 0 0.5rem;
      padding: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-height: 24px;
      margin-inline-end: 0.75rem;
    }
    input[type='checkbox'] {
      width: 20px;
      height: 20px;
      margin: 2px;
      accent-color: var(--knot-color-accent, #0f766e);
    }
    .error {
      color: var(--knot-color-danger, #b91c1c);
    }
    .summary {
      margin: 0.5rem 0 0;
      color: var(--knot-color-text-muted, #4b5563);
    }

    @media (forced-colors: active) {
      .outline,
      .region {
        fill: Canvas;
        stroke: CanvasText;
      }
      .region.selected {
        fill: Highlight;
        stroke: CanvasText;
        stroke-width: 2;
      }
      .referral-primary {
        fill: CanvasText;
      }
      .referral-secondary {
        fill: GrayText;
      }
      .region:focus-visible {
        stroke: Highlight;
        stroke-width: 3;
      }
      .marker {
        fill: Canvas;
        stroke: Highlight;
      }
      .side-label {
        fill: CanvasText;
      }
    }
  `,
];

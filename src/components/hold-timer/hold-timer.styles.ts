import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      --size: 12rem;
      --track-width: 6;
      --track-color: var(--knot-color-track, #e5e7eb);
      --indicator-color: var(--knot-color-accent, #0f766e);
      --prepare-color: var(--knot-color-prepare, #b45309);
      --switch-color: var(--knot-color-switch, #a21caf);
      --rest-color: var(--knot-color-rest, #4338ca);
      display: block;
      container-type: inline-size;
      min-width: 200px;
    }
    .base {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 1rem;
      padding: 1rem;
      border-radius: 0.75rem;
      background: var(--knot-color-surface, #ffffff);
    }
    .label {
      font-weight: 600;
      font-size: 1.125em;
      text-align: center;
      overflow-wrap: anywhere;
    }
    .dial {
      position: relative;
      display: grid;
      place-items: center;
      width: min(var(--size), 100%);
      aspect-ratio: 1;
      border-radius: 50%;
    }
    svg {
      fill: none;
      stroke-width: var(--track-width);
    }
    .ring {
      position: absolute;
      width: 100%;
      height: 100%;
      stroke: var(--track-color);
    }
    .indicator {
      stroke: var(--indicator-color);
      stroke-linecap: round;
    }
    :host([phase='prepare']) .indicator {
      stroke: var(--prepare-color);
    }
    :host([phase='switch']) .indicator {
      stroke: var(--switch-color);
    }
    :host([phase='rest']) .indicator {
      stroke: var(--rest-color);
    }
    :host([state='idle']) .indicator {
      stroke: none;
    }
    .readout {
      position: relative;
      display: grid;
      justify-items: center;
      text-align: center;
      padding: 0 12%;
    }
    .time {
      font-size: calc(var(--size) * 0.22);
      font-weight: 600;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .phase {
      font-weight: 600;
    }
    .detail {
      color: var(--knot-color-text-muted, #4b5563);
      font-size: 0.875em;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.5rem;
    }
    /* Start, Pause and Resume share one cell, the widest sets the width: the buttons never
       shift when the name changes (in any language). */
    .names {
      display: grid;
    }
    .names > * {
      grid-area: 1 / 1;
    }
    .ghost {
      visibility: hidden;
    }

    /* Compact: one row, for inline use in cards. */
    :host([compact]) {
      min-width: 0;
    }
    :host([compact]) .base {
      flex-flow: row wrap;
      padding: 0.5rem;
      gap: 0.5rem 1rem;
    }
    :host([compact]) .label {
      flex-basis: 100%;
      text-align: start;
      font-size: 1em;
    }
    :host([compact]) .dial {
      display: flex;
      width: auto;
      aspect-ratio: auto;
      gap: 0.5rem;
    }
    :host([compact]) .ring {
      position: static;
      width: 2.75rem;
    }
    :host([compact]) .readout {
      justify-items: start;
      text-align: start;
      padding: 0;
    }
    :host([compact]) .time {
      font-size: 1.5em;
    }

    /* Under 240 px the Start/Pause button shows its icon only (the name stays for AT). */
    @container (max-width: 240px) {
      .names {
        position: absolute;
        width: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
    }

    @media (forced-colors: active) {
      .ring {
        stroke: GrayText;
      }
      .indicator {
        stroke: Highlight !important;
      }
    }
  `,
];

import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tokens } from '../../styles/tokens.css.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      --size: 12rem;
      --track-width: 6;
      --track-color: ${tokens.track};
      --indicator-color: ${tokens.accent};
      --prepare-color: ${tokens.prepare};
      --switch-color: ${tokens.switch};
      --rest-color: ${tokens.rest};
      display: block;
      container-type: inline-size;
      min-width: 200px;
    }
    .base {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: ${tokens.spaceM};
      padding: ${tokens.spaceM};
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
    .ring {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      overflow: visible;
    }
    .track,
    .indicator {
      fill: none;
      stroke-width: var(--track-width);
    }
    .track {
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
      stroke: var(--track-color);
    }
    .readout {
      position: relative;
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      gap: 0.125em;
      padding: 0 12%;
    }
    .time {
      font-size: calc(var(--size) * 0.22);
      font-weight: 600;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
      letter-spacing: -0.02em;
    }
    .phase {
      font-weight: 600;
    }
    .detail {
      color: ${tokens.textMuted};
      font-size: 0.875em;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: ${tokens.spaceS};
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: ${tokens.spaceXs};
      min-height: 44px;
      min-width: 44px;
      border-radius: ${tokens.radiusPill};
      border: 1px solid ${tokens.border};
      background: ${tokens.surface};
      padding: 0 ${tokens.spaceM};
      transition: background-color ${tokens.duration};
    }
    button:hover {
      background: ${tokens.surfaceRaised};
    }
    button.primary {
      background: ${tokens.accent};
      border-color: ${tokens.accent};
      color: ${tokens.onAccent};
      font-weight: 600;
      padding: 0 ${tokens.spaceL};
    }
    button.primary:hover {
      filter: brightness(1.1);
    }
    button.icon-button {
      padding: 0;
    }
    button[aria-disabled='true'] {
      opacity: 0.55;
      cursor: default;
    }
    button[aria-pressed='true'] {
      background: ${tokens.surfaceRaised};
    }
    .icon {
      width: 1.25rem;
      height: 1.25rem;
      fill: currentColor;
      flex: none;
    }

    /* Compact: one row, for inline use in cards. */
    :host([compact]) {
      --size: 4.5rem;
      min-width: 0;
    }
    :host([compact]) .base {
      flex-direction: row;
      flex-wrap: wrap;
      justify-content: flex-start;
      gap: ${tokens.spaceS} ${tokens.spaceM};
      padding: ${tokens.spaceS};
    }
    :host([compact]) .label {
      flex-basis: 100%;
      text-align: start;
      font-size: 1em;
    }
    :host([compact]) .dial {
      width: auto;
      aspect-ratio: auto;
      display: flex;
      align-items: center;
      gap: ${tokens.spaceS};
      border-radius: ${tokens.radius};
    }
    :host([compact]) .ring {
      position: static;
      width: 2.75rem;
      height: 2.75rem;
      flex: none;
    }
    :host([compact]) .readout {
      align-items: flex-start;
      text-align: start;
      padding: 0;
    }
    :host([compact]) .time {
      font-size: 1.5em;
    }
    :host([compact]) button.primary {
      padding: 0 ${tokens.spaceM};
    }

    @container (max-width: 240px) {
      button.primary .text {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      button.primary {
        padding: 0;
        min-width: 44px;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      button {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      .track {
        stroke: GrayText;
      }
      .indicator,
      :host([phase]) .indicator {
        stroke: Highlight;
      }
      :host([state='idle']) .indicator {
        stroke: GrayText;
      }
      button.primary {
        background: ButtonFace;
        color: ButtonText;
        border: 2px solid ButtonText;
      }
      button[aria-pressed='true'] {
        background: Highlight;
        color: HighlightText;
      }
      button[aria-disabled='true'] {
        color: GrayText;
        border-color: GrayText;
      }
      .icon {
        fill: currentColor;
      }
    }
  `,
];

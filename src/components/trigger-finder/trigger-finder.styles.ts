import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      --finder-background: var(--knot-color-surface, #ffffff);
      --finder-border: var(--knot-color-border, #6b7280);
      --finder-danger: var(--knot-color-danger, #b91c1c);
      display: block;
      container-type: inline-size;
      max-width: 64rem;
    }
    .base {
      display: grid;
      gap: 0.75rem;
      padding: 1rem;
      background: var(--finder-background);
      border: 1px solid var(--finder-border);
      border-radius: 0.75rem;
      /* break-word, not anywhere: it is inherited by the map and the player inside, and
         anywhere shrinks their min-content, so their names wrapped one letter a line at 320 px. */
      overflow-wrap: break-word;
    }
    section {
      display: grid;
      gap: 0.75rem;
      min-width: 0;
    }
    p,
    ul,
    h2,
    h3 {
      margin: 0;
    }
    .progress,
    .sources,
    .loading {
      color: var(--knot-color-text-muted, #4b5563);
    }
    .heading {
      font-size: 1.375em;
    }
    .heading:focus {
      outline: none;
    }
    .heading:focus-visible {
      outline: 3px solid var(--knot-color-focus, #1d4ed8);
    }
    fieldset {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0.75rem;
      border: 1px solid var(--finder-border);
      border-radius: 0.5rem;
      min-width: 0;
    }
    legend,
    .urgent {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    .emergency legend,
    .urgent.emergency {
      color: var(--finder-danger);
    }
    .emergency {
      border: 2px solid var(--finder-danger);
    }
    label {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      cursor: pointer;
    }
    input[type='checkbox'] {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--knot-color-accent, #0f766e);
    }
    .nav,
    .share {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .nav .primary {
      margin-inline-start: auto;
    }
    .flags {
      display: grid;
      gap: 0.5rem;
      padding-inline-start: 1.25rem;
    }
    .stop,
    .warning {
      border-inline-start: 4px solid var(--finder-danger);
      padding-inline-start: 0.75rem;
    }
    .warning {
      display: grid;
      gap: 0.25rem;
    }
    .warning ul {
      display: grid;
      gap: 0.25rem;
      padding-inline-start: 1.25rem;
    }
    figure {
      margin: 0;
      display: grid;
      gap: 0.5rem;
    }
    .error {
      color: var(--finder-danger);
      font-weight: 600;
    }
    .columns {
      display: grid;
      gap: 1rem;
    }
    @container (min-width: 40rem) {
      .columns {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        align-items: start;
      }
      .figure {
        position: sticky;
        top: 0.5rem;
      }
    }
    .candidates {
      display: grid;
      gap: 0.5rem;
      padding: 0;
      list-style: none;
    }
    .candidate {
      display: grid;
      gap: 0.25rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--finder-border);
      border-radius: 0.5rem;
    }
    .candidate.pointed {
      border-width: 2px;
      border-color: var(--knot-color-accent, #0f766e);
    }
    .name {
      font-weight: 700;
    }
    .about {
      display: grid;
      gap: 0.25rem;
      padding-inline-start: 2rem;
    }
    .showing {
      font-weight: 600;
    }
    .muscle {
      display: grid;
      gap: 0.75rem;
    }
    .technique {
      display: grid;
      gap: 0.5rem;
    }
    .technique .choose {
      font-weight: 600;
      min-height: 24px;
    }
    .download {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      color: var(--knot-color-accent, #0f766e);
    }
    textarea {
      width: 100%;
      font-family: ui-monospace, monospace;
      font-size: 0.875em;
      background: var(--finder-background);
      color: inherit;
      border: 1px solid var(--finder-border);
    }
    summary {
      cursor: pointer;
      min-height: 24px;
    }
    @media (forced-colors: active) {
      .emergency,
      .candidate.pointed,
      .stop,
      .warning {
        border-color: CanvasText;
      }
      .candidate.pointed {
        border-color: Highlight;
      }
    }
  `,
];

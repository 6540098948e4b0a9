import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      --progress-color: var(--knot-color-accent, #0f766e);
      display: block;
      max-width: 44rem;
      container-type: inline-size;
    }
    .base {
      display: grid;
      align-content: start;
      gap: 1rem;
      padding: 1rem;
      border-radius: 0.75rem;
      background: var(--knot-color-surface, #ffffff);
      outline: none;
    }
    /* The space themes/reserve.css keeps, while the routine loads and after: the tallest first
       render of the built-in routines in en, es, de and fr at that width, so nothing below moves
       when the routine arrives (a shorter routine leaves room at the end). */
    .base {
      --reserve: 56.5rem;
    }
    [aria-busy='true'].base,
    .base[tabindex] {
      min-height: var(--reserve);
    }
    @container (width >= 343px) {
      .base {
        --reserve: 53rem;
      }
    }
    @container (width >= 412px) {
      .base {
        --reserve: 47rem;
      }
    }
    @container (width >= 560px) {
      .base {
        --reserve: 42rem;
      }
    }
    @container (width >= 700px) {
      .base {
        --reserve: 33rem;
      }
    }
    .title {
      margin: 0;
      font-size: 1.35em;
      font-weight: 700;
    }
    .step-title {
      font-size: 1.15em;
      font-weight: 700;
    }
    .header p {
      margin: 0.25rem 0;
    }
    .description,
    .total,
    .dose {
      color: var(--knot-color-text-muted, #4b5563);
    }
    .progress {
      width: 100%;
      height: 0.75rem;
      accent-color: var(--progress-color);
    }
    .steps {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.25rem;
    }
    .steps li {
      display: grid;
      grid-template-columns: 1.75rem 1fr auto;
      align-items: center;
      gap: 0.5rem;
      padding: 0.375rem 0.5rem;
      border-radius: 0.5rem;
    }
    .steps .current {
      background: var(--knot-color-surface-raised, #f3f4f6);
      outline: 2px solid var(--progress-color);
      font-weight: 600;
    }
    .mark {
      display: inline-grid;
      place-items: center;
      width: 1.5rem;
      height: 1.5rem;
      border-radius: 50%;
      border: 1px solid var(--knot-color-border, #6b7280);
      font-size: 0.8em;
    }
    .done .mark {
      background: var(--progress-color);
      border-color: var(--progress-color);
      color: var(--knot-color-on-accent, #ffffff);
    }
    .dose {
      font-size: 0.85em;
    }
    .next-up,
    .finish,
    .error {
      padding: 1rem;
      border-radius: 0.75rem;
      border: 2px solid var(--progress-color);
    }
    .next-up {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      font-size: 1.1em;
    }
    .countdown {
      font-variant-numeric: tabular-nums;
      font-weight: 700;
      font-size: 1.4em;
    }
    .current-step {
      display: grid;
      gap: 0.75rem;
    }
    /* The routine sets the timing: the card's own Start and dose would contradict it. */
    knot-technique-card::part(start),
    knot-technique-card::part(dose),
    knot-hold-timer::part(controls) {
      display: none;
    }
    .bar,
    .controls,
    .resume {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    /* The timer, Pause and Next stay in view while the player is, however long the card. */
    .bar {
      position: sticky;
      bottom: 0;
      padding: 0.5rem 0;
      background: inherit;
    }
    .timer {
      flex: 1 1 12rem;
    }
    .resume p {
      flex-basis: 100%;
      margin: 0;
      font-weight: 600;
    }
    .error {
      border-color: var(--knot-color-danger, #b91c1c);
    }
    .error li {
      overflow-wrap: anywhere;
    }
  `,
];

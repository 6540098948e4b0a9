import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';
import { figureStyles } from './figure.styles.js';

export const styles = [
  sharedStyles,
  figureStyles,
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
      /* The narrow layout is a container query: right from the first frame, never a re-layout after it. */
      container-type: inline-size;
    }
    @container (width >= 440px) {
      .pick {
        display: none;
      }
    }
    @container (width < 440px) {
      [data-shown='front'] > .back,
      [data-shown='back'] > .front {
        display: none;
      }
    }
    /* Text is drawn on the theme's surface, never on whatever the page is. */
    .base {
      padding: 0.5rem;
      border-radius: 0.75rem;
      background: var(--knot-color-surface, #ffffff);
      color: var(--knot-color-text, #1f2937);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: flex-end;
      margin-bottom: 0.5rem;
    }
    .figures {
      display: flex;
      justify-content: center;
      gap: 2rem;
      border-radius: 0.5rem;
    }
    .figures:focus {
      outline: none;
    }
    .figures:focus-visible {
      outline: 3px solid var(--knot-color-focus, #1d4ed8);
      outline-offset: 2px;
    }
    .error {
      color: var(--knot-color-danger, #b91c1c);
    }
    .summary {
      margin: 0.5rem 0 0;
      color: var(--knot-color-text-muted, #4b5563);
    }
  `,
];

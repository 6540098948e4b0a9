import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      --card-background: var(--knot-color-surface, #ffffff);
      --card-border: var(--knot-color-border, #6b7280);
      --caution-color: var(--knot-color-danger, #b91c1c);
      display: block;
      container-type: inline-size;
      max-width: 40rem;
    }
    .base {
      background: var(--card-background);
      border: 1px solid var(--card-border);
      border-radius: 0.75rem;
      padding: 1rem;
      display: grid;
      gap: 0.75rem;
    }
    /* While the technique loads: the space themes/reserve.css keeps (a screen's height; compact, one line of controls). */
    [aria-busy='true'] {
      min-height: max(40rem, 100svh);
    }
    /* Compact, loading and after: the tallest compact card in en, es, de and fr at that width,
       the space themes/reserve.css keeps (a shorter one leaves room at the end). */
    .base {
      --reserve: 25rem;
    }
    :host([compact]) .base {
      min-height: var(--reserve);
      align-content: start;
    }
    @container (width >= 320px) {
      .base {
        --reserve: 21.625rem;
      }
    }
    @container (width >= 343px) {
      .base {
        --reserve: 20.125rem;
      }
    }
    @container (width >= 412px) {
      .base {
        --reserve: 18.625rem;
      }
    }
    @container (width >= 560px) {
      .base {
        --reserve: 15.25rem;
      }
    }
    header p,
    .base p {
      margin: 0;
    }
    .title {
      font-size: 1.25em;
      font-weight: 700;
    }
    .muscle,
    .meta,
    .source,
    .sources,
    .dose-note,
    .disclaimer {
      color: var(--knot-color-text-muted, #4b5563);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      font-size: 0.9em;
    }
    .meta span {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
    }
    .dose {
      font-weight: 600;
    }
    .safety {
      border-inline-start: 4px solid var(--caution-color);
      padding-inline-start: 0.75rem;
    }
    .safety {
      display: grid;
      gap: 0.25rem;
    }
    .safety summary {
      cursor: pointer;
      min-height: 24px;
      font-weight: 600;
    }
    .subheading {
      font-weight: 700;
    }
    .safety > .subheading,
    .urgency.emergency,
    .cautions .subheading {
      color: var(--caution-color);
    }
    .urgency {
      font-weight: 600;
      margin-top: 0.25rem;
    }
    .source,
    .sources,
    .dose-note,
    .disclaimer {
      font-size: 0.85em;
    }
    /* The picture of the muscle: one view, or both side by side when the trigger point and
       the pain it sends are on different sides of the body. */
    .picture {
      --body-fill: var(--knot-color-body, #e7e5e4);
      --outline-color: var(--knot-color-body-line, #78716c);
      --marker-color: var(--knot-color-marker, #1e3a8a);
      --referral-primary: var(--knot-color-referral-primary, #ef4444);
      --referral-secondary: var(--knot-color-referral-secondary, #fecaca);
      display: flex;
      justify-content: center;
      gap: 1rem;
      justify-self: center;
      width: 100%;
      max-width: 11rem;
    }
    .picture:has(.view + .view) {
      max-width: 23rem;
    }
    .picture .view {
      max-width: 11rem;
    }
    ol,
    ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.4em;
    }
    li + li {
      margin-top: 0.25rem;
    }
    .cautions,
    .ask-first {
      border: 1px solid var(--card-border);
      border-radius: 0.5rem;
      padding: 0.75rem;
    }
    .cautions {
      border-color: var(--caution-color);
    }
    @container (min-width: 34rem) {
      .picture {
        float: inline-end;
      }
    }
    @media print {
      .base {
        border-color: #000;
        color: #000;
        background: #fff;
      }
      .start,
      .timer,
      .safety summary::marker {
        display: none;
      }
      .cautions .subheading,
      .safety > .subheading,
      .urgency,
      .sources,
      .dose-note,
      .disclaimer,
      .muscle,
      .meta,
      .source {
        color: #000;
      }
    }
  `,
];

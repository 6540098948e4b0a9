import { css } from 'lit';

/**
 * Host basics every knotkit element starts from (the text colour of the theme on the host:
 * an element that draws text also puts the theme's surface colour behind it). Global tokens are used as
 * `var(--knot-…, <fallback>)` with the fallbacks of themes/light.css, so a widget pasted
 * into a blog looks right with no theme file; a test keeps every fallback equal to
 * light.css and every token used defined there.
 *
 * It also holds the one button family and the one icon style of every element:
 * - `button`: a pill, never under 44 × 44 px (WCAG 2.2 target size; an element that lacks
 *   the room may go down to 24 px), surface colours, a drawn icon and/or a label;
 * - `.primary`: the one main action of a group (accent fill);
 * - `[aria-pressed="true"]`, `[aria-expanded="true"]` on a button: a toggle that is on;
 * - `:disabled`: cannot act now (not focusable either);
 * - `.icon`: a drawn icon, 24-unit viewBox, 2-unit round stroke, 1.25em square. A button
 *   with only an icon is a 44 px circle and keeps its name in `aria-label`.
 */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--knot-font-family, system-ui, sans-serif);
    font-size: var(--knot-font-size, 1rem);
    color: var(--knot-color-text, #1f2937);
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--knot-color-focus, #1d4ed8);
    outline-offset: 2px;
  }
  button {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-width: 44px;
    min-height: 44px;
    padding: 0 0.75rem;
    border: 1px solid var(--knot-color-border, #6b7280);
    border-radius: 2rem;
    background: var(--knot-color-surface, #ffffff);
    font: inherit;
    color: inherit;
    cursor: pointer;
    touch-action: manipulation;
  }
  button:hover,
  [aria-pressed='true'],
  [aria-expanded='true'] {
    background: var(--knot-color-surface-raised, #f3f4f6);
  }
  button.primary {
    border-color: transparent;
    background: var(--knot-color-accent, #0f766e);
    color: var(--knot-color-on-accent, #ffffff);
    font-weight: 600;
  }
  :disabled {
    opacity: 0.45;
  }
  .icon {
    width: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border: 1px solid ButtonText;
    }
    .primary {
      border-width: 2px;
    }
    [aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;

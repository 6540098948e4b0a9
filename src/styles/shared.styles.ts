import { css } from 'lit';

/**
 * Host basics every knotkit element starts from. Global tokens are used as
 * `var(--knot-…, <fallback>)` with the fallbacks of themes/light.css, so a widget pasted
 * into a blog looks right with no theme file; a test keeps every fallback equal to
 * light.css and every token used defined there.
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
    font: inherit;
    color: inherit;
    /* WCAG 2.2 target size: never under 24 px; 44 px where there is room. */
    min-width: 44px;
    min-height: 44px;
    cursor: pointer;
    touch-action: manipulation;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border: 1px solid ButtonText;
    }
  }
`;

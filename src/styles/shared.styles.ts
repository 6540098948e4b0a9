import { css } from 'lit';
import { tokens } from './tokens.css.js';

/** Host basics every knotkit element starts from. */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${tokens.fontFamily};
    font-size: ${tokens.fontSize};
    color: ${tokens.text};
    -webkit-tap-highlight-color: transparent;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    /* WCAG 2.2 target size: never under 24 px, 44 px where there is room. */
    min-width: 24px;
    min-height: 24px;
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

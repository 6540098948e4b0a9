import { css } from 'lit';

/**
 * The figure's drawing: regions, outline, contour hints, referral zones, markers, captions.
 * Shared by the body map and the technique card's picture. Styled on the groups, not on each
 * of the 100+ region paths: fill and stroke are inherited, so a region at rest matches no rule
 * of its own (cheap to mount), and only the few regions in a state carry a class or attribute.
 * The colours are custom properties the host defines (`--body-fill`, `--outline-color`, …).
 */
export const figureStyles = css`
    .view {
      flex: 1;
      min-width: 0;
      max-width: 22rem;
    }
    .figure {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
      touch-action: manipulation;
    }
    .regions {
      fill: var(--body-fill);
      stroke: color-mix(in srgb, var(--outline-color) 45%, var(--body-fill));
      stroke-width: 0.45;
      stroke-linejoin: round;
      cursor: pointer;
    }
    [role='img'] .regions,
    [aria-disabled='true'] {
      cursor: default;
    }
    .regions > :focus {
      outline: none;
    }
    /* Drawn over the regions, never hit: the outline, muscle-contour hints, the focus ring. */
    .art {
      fill: none;
      stroke-linecap: round;
      stroke-linejoin: round;
      pointer-events: none;
    }
    .outline {
      stroke: var(--outline-color);
      stroke-width: 1.1;
    }
    .contours {
      stroke: color-mix(in srgb, var(--outline-color) 50%, var(--body-fill));
      stroke-width: 0.6;
    }
    .ring {
      display: none;
      stroke: var(--knot-color-focus, #1d4ed8);
      stroke-width: 2.4;
    }
    .regions:has(> :focus-visible) ~ .ring {
      display: inline;
    }
    [data-region^='eye-'] {
      fill: color-mix(in srgb, var(--outline-color) 22%, var(--body-fill));
    }
    [role='button']:not([class]):hover {
      fill: var(--hover-fill);
    }
    .referral-secondary {
      fill: var(--referral-secondary);
    }
    .referral-primary {
      fill: var(--referral-primary);
    }
    .selected {
      stroke: var(--knot-color-text, #1f2937);
      stroke-width: 0.9;
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
    .marker {
      fill: var(--knot-color-surface, #ffffff);
      stroke: var(--marker-color);
      stroke-width: 1.6;
      pointer-events: none;
    }
    /* Under each figure: "your right", the view, "your left" as the person's sides fall (never mirrored). */
    /* Flex, not a 1fr auto 1fr grid: the same columns (sides share what the name leaves, never under their longest word), cheaper to lay out. */
    .caption {
      display: flex;
      gap: 0.5rem;
      align-items: start;
      direction: ltr;
      margin-top: 0.25rem;
      padding: 0 4%;
      font-size: 0.8125rem;
      line-height: 1.25;
      color: var(--knot-color-text-muted, #4b5563);
    }
    .side {
      flex: 1 1 0;
    }
    .caption > :last-child {
      text-align: right;
    }
    .view-name {
      font-weight: 600;
      color: var(--knot-color-text, #1f2937);
    }
    @media (forced-colors: active) {
      .regions,
      [data-region^='eye-'] {
        fill: Canvas;
        stroke: CanvasText;
      }
      .outline {
        stroke: CanvasText;
      }
      .contours {
        stroke: GrayText;
      }
      .selected {
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
      .ring {
        stroke: Highlight;
      }
      .marker {
        fill: Canvas;
        stroke: Highlight;
      }
      .caption,
      .view-name {
        color: CanvasText;
      }
    }
`;

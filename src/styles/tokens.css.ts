import { css } from 'lit';

/**
 * knotkit's global design tokens, each with a literal fallback so a widget pasted into a
 * blog looks right with no theme file. Components map them onto their own unprefixed
 * custom properties on `:host`; `themes/light.css` and `themes/dark.css` set them page-wide.
 * Every value here is listed (with the same fallback) in src/themes/light.css; a test
 * keeps the two in step.
 */
export const tokens = {
  accent: css`var(--knot-color-accent, #0f766e)`,
  onAccent: css`var(--knot-color-on-accent, #ffffff)`,
  text: css`var(--knot-color-text, #1f2937)`,
  textMuted: css`var(--knot-color-text-muted, #4b5563)`,
  surface: css`var(--knot-color-surface, #ffffff)`,
  surfaceRaised: css`var(--knot-color-surface-raised, #f3f4f6)`,
  border: css`var(--knot-color-border, #6b7280)`,
  track: css`var(--knot-color-track, #e5e7eb)`,
  focus: css`var(--knot-color-focus, #1d4ed8)`,
  prepare: css`var(--knot-color-prepare, #b45309)`,
  rest: css`var(--knot-color-rest, #4338ca)`,
  switch: css`var(--knot-color-switch, #a21caf)`,
  fontFamily: css`var(--knot-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif)`,
  fontSize: css`var(--knot-font-size, 1rem)`,
  radius: css`var(--knot-radius, 0.5rem)`,
  radiusPill: css`var(--knot-radius-pill, 999px)`,
  spaceXs: css`var(--knot-space-xs, 0.25rem)`,
  spaceS: css`var(--knot-space-s, 0.5rem)`,
  spaceM: css`var(--knot-space-m, 1rem)`,
  spaceL: css`var(--knot-space-l, 1.5rem)`,
  duration: css`var(--knot-duration, 200ms)`,
} as const;

import { css } from 'lit';

/**
 * The intensity panel and the List view, adopted by a map's shadow root when it first shows
 * either (both load on first use: a map that only shows a figure never downloads them).
 */
export const controlStyles = css`
    /* Space below too: a panel also opens under its area's rows in the List view. */
    .panel,
    .list {
      margin: 0.75rem 0;
      padding: 0.75rem;
      border: 1px solid var(--knot-color-border, #6b7280);
      border-radius: 0.75rem;
    }
    .panel-title {
      font-weight: 600;
    }
    .slider {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    input[type='range'] {
      flex: 1;
      min-height: 24px;
      accent-color: var(--knot-color-accent, #0f766e);
    }
    fieldset {
      border: 0;
      margin: 0 0 0.5rem;
      padding: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-height: 24px;
      margin-inline-end: 0.75rem;
    }
    input[type='checkbox'] {
      width: 20px;
      height: 20px;
      margin: 2px;
      accent-color: var(--knot-color-accent, #0f766e);
    }
`;

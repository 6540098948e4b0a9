import { html, svg } from 'lit';

/**
 * The timer's button icons, drawn like every knotkit icon (the `.icon` style in
 * shared.styles.ts: 24-unit box, 2-unit round stroke). Decorative: each button has its name.
 */
export const ICONS = {
  play: 'M8 5.5v13l10-6.5z',
  pause: 'M7.5 5h3v14h-3zm6 0h3v14h-3z',
  reset: 'M4.5 12a7.5 7.5 0 1 0 2.2-5.3L4.5 9M4.5 4.5V9H9',
  skip: 'M5.5 5.5v13l9-6.5zm13-.5v14',
  sound: 'M4 9.5h3.5L12 6v12l-4.5-3.5H4zm12-1a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12',
  muted: 'M4 9.5h3.5L12 6v12l-4.5-3.5H4zm12 0 5 5m0-5-5 5',
};

export function icon(path: string) {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${path} />`}</svg>`;
}

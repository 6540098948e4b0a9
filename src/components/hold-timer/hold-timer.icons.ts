import { html, svg } from 'lit';

/** The timer's button icons: 24-unit SVG paths (decorative: each button has its name). */
export const ICONS = {
  play: 'M8 5.5v13l11-6.5z',
  pause: 'M7 5h4v14H7zm6 0h4v14h-4z',
  reset: 'M12 5a7 7 0 1 1-6.6 4.7l1.9.6A5 5 0 1 0 12 7v3L7.5 6 12 2z',
  skip: 'M6 5.5v13l9-6.5zM16 5h2.5v14H16z',
  sound: 'M4 9h4l5-4v14l-5-4H4zm12-.5a5 5 0 0 1 0 7l-1.4-1.4a3 3 0 0 0 0-4.2z',
  muted: 'M4 9h4l5-4v14l-5-4H4zm11.3.7 1.4-1.4 2.3 2.3 2.3-2.3 1.4 1.4-2.3 2.3 2.3 2.3-1.4 1.4-2.3-2.3-2.3 2.3-1.4-1.4 2.3-2.3z',
};

export function icon(path: string) {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${path} />`}</svg>`;
}

import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import '../src/components/hold-timer/hold-timer.js';
import '../src/components/body-map/body-map.js';
import '../src/components/technique-card/technique-card.js';
import '../src/components/routine-player/routine-player.js';

/*
 * Focus rings, forced colours and reduced motion, element by element. Storybook cannot
 * switch the reader's forced-colours or reduced-motion setting, so those stories say how to
 * emulate it in the browser's DevTools, and show live whether the setting is on.
 */

/** Says live whether a media query matches (stories only; not part of knotkit). */
class StoryMediaStatus extends HTMLElement {
  #query?: MediaQueryList;
  readonly #update = () => {
    const on = this.#query?.matches ?? false;
    this.textContent = `${this.getAttribute('feature') ?? ''}: ${on ? 'on now' : 'off now'}`;
    this.toggleAttribute('on', on);
  };
  connectedCallback() {
    this.#query = matchMedia(this.getAttribute('query') ?? 'not all');
    this.#query.addEventListener('change', this.#update);
    this.#update();
  }
  disconnectedCallback() {
    this.#query?.removeEventListener('change', this.#update);
  }
}
if (!customElements.get('story-media-status')) customElements.define('story-media-status', StoryMediaStatus);

const STYLES = html`<style>
  .a11y-note { max-width: 46rem; font: 0.9375rem/1.5 system-ui, sans-serif; }
  .a11y-note ol, .a11y-note ul { padding-inline-start: 1.25rem; }
  .a11y-note story-media-status { display: inline-block; font-weight: 600; padding: 0.125rem 0.5rem; border: 1px solid currentColor; border-radius: 1rem; }
  .a11y-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: 1.5rem; align-items: start; }
</style>`;

/** Every element in one state worth looking at. */
const ALL_ELEMENTS = () => html`<div class="a11y-grid">
  <knot-hold-timer label="Upper trapezius" reps="2" sides="both"></knot-hold-timer>
  <knot-body-map view="front" intensity .value=${[{ region: 'temple-left', intensity: 3 }, { region: 'top-of-shoulder-left', intensity: 8 }]}></knot-body-map>
  <knot-technique-card compact technique="upper-trapezius-pincer"></knot-technique-card>
  <knot-routine-player routine="jaw-face"></knot-routine-player>
</div>`;

/** The first tab stop inside `root` (looking into shadow roots) that matches `selector`. */
function firstTabStop(root: Element | ShadowRoot, selector: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.tabIndex >= 0 && el.matches(selector) && !el.matches(':disabled') && el.checkVisibility({ visibilityProperty: true })) return el;
    const inner = el.shadowRoot ? firstTabStop(el.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
}

/** Waits (two seconds of frames at most) for the element to draw that tab stop. */
async function tabStopOf(host: Element | null, selector: string): Promise<HTMLElement | null> {
  for (let frame = 0; host?.shadowRoot && frame < 120; frame++) {
    const stop = firstTabStop(host.shadowRoot, selector);
    if (stop) return stop;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
}

/**
 * A focus story: the element, and on its own page (not in Docs, where one page shows them
 * all) focus on its first tab stop, drawn as a keyboard user sees it.
 */
const focusStory = (tag: string, element: () => TemplateResult, what: string, stop = '*'): StoryObj => ({
  render: () => html`${STYLES}
    <div class="a11y-note">
      <p>${what} Press <kbd>Tab</kbd> and <kbd>Shift</kbd>+<kbd>Tab</kbd> to move. The ring is
      3 px of <code>--knot-color-focus</code> (at least 3:1 against the surface), drawn 2 px
      outside the control so the control never hides it; with forced colours it is
      <code>Highlight</code>.</p>
    </div>
    ${element()}`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined(tag);
    const target = await tabStopOf(canvasElement.querySelector(tag), stop);
    // focusVisible: draw the ring a keyboard user sees, although no key was pressed (browsers
    // without the option may not draw it until Tab is pressed).
    target?.focus({ focusVisible: true } as FocusOptions);
  },
});

const FORCED_COLOURS_NOTE = html`<div class="a11y-note">
  <p><story-media-status feature="forced-colors: active" query="(forced-colors: active)"></story-media-status></p>
  <p>
    With forced colours (Windows <em>Contrast themes</em>, or a browser's own high-contrast
    mode) the browser replaces every colour token with the reader's system colours, and
    knotkit draws what colour alone would have shown with system colours and lines: buttons
    with solid <code>ButtonText</code> borders, the timer's track in <code>GrayText</code> and its
    moving arc in <code>Highlight</code>, chosen body regions filled with <code>Highlight</code>, the
    current step and the card's safety boxes outlined, and focus rings in
    <code>Highlight</code>. Nothing depends on a colour the reader did not choose.
  </p>
  <p>Storybook cannot switch this setting. To see it:</p>
  <ul>
    <li>Chrome or Edge: open DevTools, press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd>
      (<kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd> on a Mac), run <em>Show Rendering</em>, and set
      <em>Emulate CSS media feature forced-colors</em> to <code>active</code>. Open the story in its own
      tab (<em>Open canvas in new tab</em>) first, so only the story is emulated.</li>
    <li>Windows: <em>Settings → Accessibility → Contrast themes</em>, pick a theme (Edge, Chrome and
      Firefox follow it).</li>
    <li>Firefox: <em>Settings → General → Language and Appearance → Contrast Control</em>: <em>On</em>
      (older versions: the <em>Colors…</em> dialog, <em>Override the colors: Always</em>).</li>
  </ul>
</div>`;

const REDUCED_MOTION_NOTE = html`<div class="a11y-note">
  <p><story-media-status feature="prefers-reduced-motion: reduce" query="(prefers-reduced-motion: reduce)"></story-media-status></p>
  <p>
    When the reader asks for less motion, the timer's ring moves in whole-second steps with
    the numbers instead of sliding, and it does not flash when a phase changes (the spoken
    and announced cues still tell); where an element brings its controls into view (the
    routine player on a phone), it jumps there instead of scrolling smoothly.
  </p>
  <p>Storybook cannot switch this setting. To see it:</p>
  <ul>
    <li>Chrome or Edge: open DevTools, press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd>
      (<kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>P</kbd> on a Mac), run <em>Show Rendering</em>, and set
      <em>Emulate CSS media feature prefers-reduced-motion</em> to <code>reduce</code>.</li>
    <li>Firefox: <code>about:config</code>, set <code>ui.prefersReducedMotion</code> to <code>1</code>.</li>
    <li>The system: macOS <em>Accessibility → Display → Reduce motion</em>; Windows <em>Settings →
      Accessibility → Visual effects → Animation effects</em> off; iOS <em>Accessibility → Motion →
      Reduce Motion</em>; Android <em>Accessibility → Remove animations</em>.</li>
  </ul>
  <p>The timer below runs on its own with short phases (2 s to get ready, 5 s holds, both sides), so the ring's motion is easy to compare.</p>
</div>`;

const meta: Meta = {
  title: 'Accessibility',
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        component: `
What keyboard, low-vision and motion-sensitive readers get from every element. Each element
is one stop or a few in the tab order, with a visible focus ring; forced colours (Windows
Contrast themes) and reduced motion are honoured without any setting on your page. The
**Focus** stories put focus on an element's first stop when opened on their own (here on the
Docs page, press Tab); the other two explain how to emulate the reader's setting in DevTools,
since Storybook cannot, and say live whether it is on.`,
      },
    },
  },
};

export default meta;
type Story = StoryObj;

export const FocusHoldTimer: Story = {
  name: 'Focus: hold timer',
  ...focusStory('knot-hold-timer', () => html`<knot-hold-timer label="Upper trapezius" reps="2" sides="both"></knot-hold-timer>`, 'The timer’s controls are its tab stops; Space or Enter on the dial starts and pauses.'),
};

export const FocusBodyMap: Story = {
  name: 'Focus: body map',
  ...focusStory(
    'knot-body-map',
    () => html`<knot-body-map view="both" intensity .value=${[{ region: 'temple-left', intensity: 5 }]}></knot-body-map>`,
    'The figure is one tab stop: arrow keys move between regions, Enter or Space chooses.',
    '[part~="region"]',
  ),
};

export const FocusTechniqueCard: Story = {
  name: 'Focus: technique card',
  ...focusStory('knot-technique-card', () => html`<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`, 'The card’s disclosures, source links and Start the timer are its tab stops.'),
};

export const FocusRoutinePlayer: Story = {
  name: 'Focus: routine player',
  ...focusStory('knot-routine-player', () => html`<knot-routine-player routine="jaw-face"></knot-routine-player>`, 'The player’s buttons are its tab stops; with focus anywhere in it, Space pauses and resumes, Left and Right change steps.'),
};

/** Every element, to compare with forced colours on and off. */
export const ForcedColours: Story = {
  name: 'Forced colours',
  render: () => html`${STYLES}${FORCED_COLOURS_NOTE}${ALL_ELEMENTS()}`,
};

/** A running timer and the map, to compare with reduced motion on and off. */
export const ReducedMotion: Story = {
  name: 'Reduced motion',
  render: () => html`${STYLES}${REDUCED_MOTION_NOTE}
    <div class="a11y-grid">
      <knot-hold-timer label="Infraspinatus" autostart duration="5" prepare="2" reps="2" rest="3" sides="both" switch-duration="2"></knot-hold-timer>
      <knot-body-map view="front" intensity .value=${[{ region: 'temple-left', intensity: 6 }]}></knot-body-map>
    </div>`,
};

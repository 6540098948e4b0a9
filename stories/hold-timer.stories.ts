import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/hold-timer/hold-timer.js';
import type { Clock, Scheduler } from '../src/core/clock.js';
import type { Phase, Side, Sides, TimerState } from '../src/core/hold-sequence.js';
import { HOLD_SECONDS, PREPARE_SECONDS, REPS, REST_SECONDS, SIDES, SWITCH_SECONDS, type Range } from '../src/core/limits.js';

/** Args are keyed by attribute name, as in the manifest (and in HTML). */
interface HoldTimerArgs {
  duration?: number;
  prepare?: number;
  reps?: number;
  rest?: number;
  sides?: Sides;
  'switch-duration'?: number;
  label?: string;
  autostart?: boolean;
  cues?: string;
  'no-wake-lock'?: boolean;
  compact?: boolean;
  /** Properties that are not settings (read-only state, injected test seams): table rows, no controls. */
  state?: TimerState;
  phase?: Phase;
  rep?: number;
  side?: Side;
  remaining?: number;
  clock?: Clock;
  scheduler?: Scheduler;
  /** Action handlers Storybook creates from the manifest's events. */
  onKnotStart?: (event: Event) => void;
  onKnotPause?: (event: Event) => void;
  onKnotResume?: (event: Event) => void;
  onKnotReset?: (event: Event) => void;
  onKnotPhase?: (event: Event) => void;
  onKnotComplete?: (event: Event) => void;
}

const DESCRIPTION = `
A sustained-pressure timer for one trigger point: **get ready → hold → (switch sides →)
release and rest**, for a number of reps, with sound, voice and vibration cues. Time is
measured from a clock, never counted, so a timer in a hidden tab is right again the moment
the tab is shown.

## In a blog post or any HTML page

One script tag (it brings its own Lit and translations; the page's \`<html lang>\` picks
the language), then the tag wherever the timer should appear:

\`\`\`html
<script type="module" src="https://cdn.jsdelivr.net/npm/knotkit@0.1/dist/cdn/hold-timer.js"></script>

<knot-hold-timer label="Upper trapezius" duration="60" reps="3" rest="15" sides="both"></knot-hold-timer>
\`\`\`

## In an app (npm)

\`\`\`js
import 'knotkit/hold-timer.js'; // registers <knot-hold-timer> once

const timer = document.querySelector('knot-hold-timer');
timer.addEventListener('knot-complete', (event) => {
  const { reps, holdMs, totalMs } = event.detail;
  console.log(\`Done: \${reps} reps, \${Math.round(holdMs / 1000)} s of pressure\`);
});
startButton.addEventListener('click', () => timer.start()); // also pause(), resume(), reset(), skip()
\`\`\`

## Events

All bubble and are composed (they cross shadow roots):

- \`knot-start\`, \`knot-pause\`, \`knot-resume\`, \`knot-reset\`: no detail.
- \`knot-phase\`: a phase began, \`{ phase, rep, side, late }\`. After a hidden tab, every
  missed phase fires in order with \`late: true\` (and its cue is not played).
- \`knot-complete\`: the last hold ended, \`{ reps, holdMs, totalMs }\`.

## Good to know

- **Keyboard**: Space or Enter on the dial starts and pauses it; Reset and Skip are disabled
  (no tab stop) until they can act. Start, Pause and Resume keep one width, so no button
  moves when the name changes. With the global \`autofocus\` attribute the timer's main
  button takes the focus when the timer appears (a technique card's Start does this).
- While it runs, the timer **keeps the screen awake** (Screen Wake Lock API, where the
  browser has it), and lets go when paused, done or removed. Add \`no-wake-lock\` to opt out.
- **Sound starts only after a tap**: browsers block audio until the reader interacts with
  the page, so an \`autostart\` timer stays silent until the reader presses one of its
  buttons. Voice uses the browser's speech voices in the current locale; \`vibrate\` works
  on phones that support it.
- Bad attribute values never break the page: the timer uses the default or the nearest
  allowed value and logs one console warning (see *Bad input*).
- The language is a page-wide setting: use the **Locale** toolbar above, or open the
  *Spanish*, *German* and *French* stories in the sidebar (they are not on this page,
  because one page has one language).
`;

/** A number control with the element's own limits (src/core/limits.ts). */
function seconds(range: Range, unit = 's') {
  return {
    control: { type: 'number' as const, min: range.min, max: range.max, step: 1 },
    table: { type: { summary: `number (${range.min}–${range.max}${unit ? ` ${unit}` : ''})` }, defaultValue: { summary: String(range.default) } },
  };
}

/** Read-only properties and injected test seams: documented in the table, not controls. */
const readOnly = { control: false } as const;

const meta: Meta<HoldTimerArgs> = {
  title: 'Components/Hold timer',
  component: 'knot-hold-timer',
  args: {
    duration: HOLD_SECONDS.default,
    prepare: PREPARE_SECONDS.default,
    reps: REPS.default,
    rest: REST_SECONDS.default,
    sides: 'none',
    'switch-duration': SWITCH_SECONDS.default,
    label: '',
    autostart: false,
    cues: 'beep',
    'no-wake-lock': false,
    compact: false,
  },
  // Only what the manifest cannot say: number ranges, the `sides` options, and which
  // properties are not settings.
  argTypes: {
    duration: seconds(HOLD_SECONDS),
    prepare: seconds(PREPARE_SECONDS),
    reps: seconds(REPS, ''),
    rest: seconds(REST_SECONDS),
    'switch-duration': seconds(SWITCH_SECONDS),
    sides: { control: 'inline-radio', options: [...SIDES] },
    state: readOnly,
    phase: readOnly,
    rep: readOnly,
    side: readOnly,
    remaining: readOnly,
    clock: readOnly,
    scheduler: { ...readOnly, table: { defaultValue: { summary: 'requestAnimationFrame' } } },
  },
  render: (args) => html`
    <knot-hold-timer
      duration=${ifDefined(args.duration)}
      prepare=${ifDefined(args.prepare)}
      reps=${ifDefined(args.reps)}
      rest=${ifDefined(args.rest)}
      sides=${ifDefined(args.sides)}
      switch-duration=${ifDefined(args['switch-duration'])}
      label=${ifDefined(args.label || undefined)}
      cues=${ifDefined(args.cues)}
      ?autostart=${args.autostart}
      ?no-wake-lock=${args['no-wake-lock']}
      ?compact=${args.compact}
      @knot-start=${args.onKnotStart}
      @knot-pause=${args.onKnotPause}
      @knot-resume=${args.onKnotResume}
      @knot-reset=${args.onKnotReset}
      @knot-phase=${args.onKnotPhase}
      @knot-complete=${args.onKnotComplete}
    ></knot-hold-timer>
  `,
  parameters: {
    docs: { description: { component: DESCRIPTION } },
  },
};

export default meta;
type Story = StoryObj<HoldTimerArgs>;

/** Every attribute at its default: a 60 s hold after 5 s to get ready, one rep, beeps. */
export const Default: Story = {};

/** Three 30 s holds on each side: left, a switch pause, right, then 10 s of rest. */
export const RepsRestBothSides: Story = {
  name: 'Reps, rest, both sides',
  args: { label: 'Upper trapezius', duration: 30, reps: 3, rest: 10, sides: 'both' },
};

/** One row, for use inside technique cards and lists. */
export const Compact: Story = {
  args: { label: 'Levator scapulae', duration: 45, compact: true },
};

/**
 * Starts on its own, with short phases, to show the ring, the phase colours and the
 * rep / side line. Its beeps start only after a tap on the page.
 */
export const Running: Story = {
  args: { label: 'Infraspinatus', autostart: true, duration: 5, prepare: 2, reps: 2, rest: 3, sides: 'both', 'switch-duration': 2 },
};

/** `themes/dark.css` with the `knot-theme-dark` class (the Theme toolbar, pinned to dark). */
export const Dark: Story = {
  args: { label: 'Gluteus medius', reps: 2, sides: 'both' },
  globals: { theme: 'dark' },
};

/**
 * Step 1 sets global `--knot-*` tokens on a wrapper (they inherit into the timer);
 * step 2 sets the timer's own properties (`--size`, `--track-width`, `--rest-color`) on
 * the element itself, because the element gives them defaults on `:host`.
 */
export const CustomTokens: Story = {
  args: { label: 'Custom tokens', reps: 2 },
  render: (args) => html`
    <div
      style="--knot-color-accent: #6d28d9; --knot-color-on-accent: #ffffff; --knot-color-track: #ede9fe; --knot-color-text: #2e1065; --knot-color-surface: #faf5ff; --knot-color-surface-raised: #ede9fe; --knot-color-border: #7c3aed; --knot-font-family: Georgia, 'Times New Roman', serif; background: var(--knot-color-surface); padding: 1rem"
    >
      <knot-hold-timer style="--size: 9rem; --track-width: 10; --rest-color: #0369a1" duration=${ifDefined(args.duration)} reps=${ifDefined(args.reps)} label=${ifDefined(args.label || undefined)}></knot-hold-timer>
    </div>
  `,
};

/*
 * The locale stories pin the `locale` global. @lit/localize has one locale per page, and a
 * Docs page shows all stories on one page, so these three stay off the Docs page
 * (`!autodocs`): open them from the sidebar, or use the Locale toolbar on the Docs page.
 */

/** The whole page in Spanish (`setLocale('es')`, as the Locale toolbar does). */
export const Spanish: Story = {
  args: { label: 'Trapecio superior', reps: 3, sides: 'both' },
  globals: { locale: 'es' },
  tags: ['!autodocs'],
};

/** German. */
export const German: Story = {
  args: { label: 'Oberer Trapezmuskel', reps: 3, sides: 'both' },
  globals: { locale: 'de' },
  tags: ['!autodocs'],
};

/** French. */
export const French: Story = {
  args: { label: 'Trapèze supérieur', reps: 3, sides: 'both' },
  globals: { locale: 'fr' },
  tags: ['!autodocs'],
};

/**
 * `duration="abc" sides="sideways" reps="-3"`: the timer shows 1:00 (the default hold),
 * one rep and no sides, and logs one warning per bad attribute in the browser console:
 * a page author's typo never breaks the page.
 */
export const BadInput: Story = {
  name: 'Bad input',
  render: () => html`<knot-hold-timer label="Bad input" duration="abc" sides="sideways" reps="-3"></knot-hold-timer>`,
  parameters: { controls: { disable: true } },
};

import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/routine-player/routine-player.js';
import { ROUTINE_IDS } from '../src/data/routines.js';
import type { KeyValueStorage } from '../src/core/storage.js';

interface PlayerArgs {
  routine?: string;
  src?: string;
  persist?: boolean;
  'no-auto-advance'?: boolean;
  cues?: string;
  onKnotStep?: (event: Event) => void;
  onKnotRoutineComplete?: (event: Event) => void;
}

const DESCRIPTION = `
A guided self-care session: each step shows its technique and a hold timer, a pause between
steps says what comes next, and a summary closes it. One clock runs the whole routine, so a
hidden tab catches up across steps; with \`persist\`, a reload asks "Resume where you left off?".

\`\`\`html
<script type="module" src="https://cdn.jsdelivr.net/npm/knotkit@0.1/dist/cdn/routine-player.js"></script>
<knot-routine-player routine="desk-neck-shoulders" persist></knot-routine-player>
\`\`\`

Built-in routines: ${ROUTINE_IDS.map((id) => `\`${id}\``).join(', ')}. Or write your own
(format 1, JSON Schema in \`knotkit/routine.schema.json\`) inline:

\`\`\`html
<knot-routine-player>
  <script type="application/json">
    { "format": 1, "id": "my-break", "title": "My desk break",
      "steps": [ { "technique": "upper-trapezius-pincer", "hold": 45 },
                 { "custom": { "title": "Shoulder rolls", "steps": ["Roll both shoulders back slowly."] }, "hold": 20 } ] }
  </script>
</knot-routine-player>
\`\`\`

or from a file with \`src="routine.json"\`. A routine that is not valid shows every problem
with its place ("steps[2].hold must be between 5 and 600 seconds"), as text, and warns once.
Keyboard, wherever focus is in the player: Space pauses and resumes (Space still presses the
button or disclosure it is on; Enter does too on the timer's dial), Left and Right go to the
previous and next step. Focus moves on to Pause after "Start the routine" and "Resume", and to
the summary at the end. The step's timer and the controls stay in view at the bottom of the
screen while the player is on it; between steps the card shows the step coming up, and a
screen reader hears "Next up: …" once.
`;

const meta: Meta<PlayerArgs> = {
  title: 'Components/Routine player',
  component: 'knot-routine-player',
  args: { routine: 'desk-neck-shoulders', persist: false, 'no-auto-advance': false, cues: 'beep' },
  argTypes: { routine: { control: 'select', options: [...ROUTINE_IDS] } },
  render: (args) => html`<knot-routine-player
    routine=${ifDefined(args.routine)}
    src=${ifDefined(args.src)}
    ?persist=${args.persist}
    ?no-auto-advance=${args['no-auto-advance']}
    cues=${ifDefined(args.cues)}
    @knot-step=${args.onKnotStep}
    @knot-routine-complete=${args.onKnotRoutineComplete}
  ></knot-routine-player>`,
  parameters: { docs: { description: { component: DESCRIPTION } } },
};

export default meta;
type Story = StoryObj<PlayerArgs>;

export const DeskNeckAndShoulders: Story = { name: 'Desk neck and shoulders' };
export const TensionHeadache: Story = { name: 'Tension headache', args: { routine: 'tension-headache' } };
export const LowBackAndHips: Story = { name: 'Low back and hips', args: { routine: 'low-back-hips' } };
export const JawAndFace: Story = { name: 'Jaw and face', args: { routine: 'jaw-face' } };
export const ForearmAndMouseArm: Story = { name: 'Forearm and mouse arm', args: { routine: 'forearm-mouse-arm' } };
export const RunnersCalvesAndFeet: Story = { name: "Runner's calves and feet", args: { routine: 'runners-calves-feet' } };

/** A routine written in the page as JSON, with a custom step. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: () => html`<knot-routine-player>
    <script type="application/json">
      { "format": 1, "id": "my-break", "title": "My desk break", "steps": [ { "technique": "upper-trapezius-pincer", "hold": 30 }, { "custom": { "title": "Shoulder rolls", "steps": ["Sit tall.", "Roll both shoulders back slowly, ten times."], "cautions": ["Stop if it hurts."] }, "hold": 20 } ] }
    </script>
  </knot-routine-player>`,
};

/** Every problem listed with its place, as text; the rest of the page is unharmed. */
export const BadRoutine: Story = {
  name: 'Bad routine',
  render: () => html`<knot-routine-player
    .routine=${{ format: 1, id: 'Bad Id', title: 'Broken', steps: [{ technique: 'upper-trap', hold: 2 }, { custom: { title: 'x', steps: [] } }] }}
  ></knot-routine-player>`,
};

const savedAt = (positionMs: number, totalMs: number): KeyValueStorage => {
  const map = new Map([[`knotkit:routine:jaw-face:f1`, JSON.stringify({ v: 1, positionMs, totalMs, savedAt: Date.now() })]]);
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
};

/** After a reload mid-routine (`persist`): "Resume where you left off?" (a saved position is simulated). */
export const ResumedState: Story = {
  name: 'Resumed state',
  render: () => {
    const el = document.createElement('knot-routine-player');
    el.persist = true;
    // The jaw-face plan: each step is 5 s to get ready, the hold on the left, 5 s to switch,
    // the hold on the right (45, 45, 30, 30 s), with 15 s between steps: 385 s in all.
    el.storage = savedAt(135_000, 385_000);
    el.routine = 'jaw-face';
    return el;
  },
};

/** The summary at the end (the routine is skipped through to show it). */
export const FinishedState: Story = {
  name: 'Finished state',
  render: () => {
    const el = document.createElement('knot-routine-player');
    el.routine = 'jaw-face';
    void el.updateComplete.then(() => {
      el.start();
      for (let i = 0; i < 4; i++) el.next();
    });
    return el;
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const Spanish: Story = { globals: { locale: 'es' }, tags: ['!autodocs'] };
export const German: Story = { globals: { locale: 'de' }, tags: ['!autodocs'] };
export const French: Story = { globals: { locale: 'fr' }, tags: ['!autodocs'] };

/** 320 px wide. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};

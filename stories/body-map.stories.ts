import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/body-map/body-map.js';
import type { BodyMapHighlight, RegionSelection } from '../src/components/body-map/body-map.js';
import { SHAPES } from '../src/data/region-geometry.js';

/** Args are keyed by attribute name, as in the manifest (and in HTML). */
interface BodyMapArgs {
  view?: 'front' | 'back' | 'both';
  single?: boolean;
  max?: number;
  readonly?: boolean;
  disabled?: boolean;
  'disabled-regions'?: string;
  'hidden-regions'?: string;
  intensity?: boolean;
  symptoms?: boolean;
  name?: string;
  required?: boolean;
  value?: RegionSelection[];
  highlight?: BodyMapHighlight | null;
  onChange?: (event: Event) => void;
  onInput?: (event: Event) => void;
  onKnotRegionFocus?: (event: Event) => void;
}

const DESCRIPTION = `
Point at where it hurts. One human figure, front and back, in 108 regions named the way
people describe pain ("Left temple", "Back of right thigh"), always the **person's own**
left and right: on the front view their left is on your right, and the figure says so.

## In a blog post or any HTML page

\`\`\`html
<script type="module" src="https://cdn.jsdelivr.net/npm/knotkit@0.1/dist/cdn/body-map.js"></script>

<form>
  <knot-body-map name="pain" intensity required></knot-body-map>
  <button>Send</button>
</form>
\`\`\`

Each chosen region is submitted as its own form entry: \`pain=temple-left:7\`.

## In an app (npm)

\`\`\`js
import 'knotkit/body-map.js';

const map = document.querySelector('knot-body-map');
map.value = [{ region: 'temple-left', intensity: 7 }];
map.addEventListener('change', (e) => console.log(e.detail.value)); // typed in TypeScript (KnotBodyMapEventMap)
// show a muscle: its trigger points and where they send pain
map.highlight = { triggerPoints: [{ region: 'top-of-shoulder-left', x: 116, y: 92 }], referral: { primary: ['temple-left'], secondary: ['jaw-left'] } };
\`\`\`

## Events

\`change\` (a region chosen or cleared, an intensity or symptom set) and \`input\` (each step
of an intensity slider) are the map's own, each with \`detail.value\`, the whole selection;
the native events of the slider and checkboxes inside never reach the page.
\`knot-region-focus\` says which region has focus (\`detail.region\`). In TypeScript,
\`addEventListener\` on a \`KnotBodyMap\` is typed by \`KnotBodyMapEventMap\`; from a plain
\`Element\`, cast: \`(e as KnotBodyMapEventMap['change']).detail.value\`.

## Keyboard and screen readers

One tab stop. Arrow keys move to the nearest region in that direction (computed from the
drawing), Home and End to the first and last, Enter or Space chooses, + and − change the
intensity. Every region is a toggle button with its name; **List view** opens the same
choices as a grouped checkbox list, which is easier for the smallest areas (eyes, thumbs).

## Bad input

Unknown region ids are dropped with one console warning naming them; unreadable JSON in
\`value\` or \`highlight\` leaves the map empty and says so on the page.
`;

const meta: Meta<BodyMapArgs> = {
  title: 'Components/Body map',
  component: 'knot-body-map',
  args: { view: 'both', single: false, max: 0, readonly: false, disabled: false, intensity: false, symptoms: false, required: false },
  argTypes: {
    view: { control: 'inline-radio', options: ['both', 'front', 'back'] },
    max: { control: { type: 'number', min: 0, max: 108, step: 1 } },
    value: { control: 'object' },
    highlight: { control: 'object' },
    selection: { control: false },
    form: { control: false },
  } as Meta<BodyMapArgs>['argTypes'],
  render: (args) => html`
    <knot-body-map
      view=${ifDefined(args.view)}
      ?single=${args.single}
      max=${ifDefined(args.max || undefined)}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
      disabled-regions=${ifDefined(args['disabled-regions'] || undefined)}
      hidden-regions=${ifDefined(args['hidden-regions'] || undefined)}
      ?intensity=${args.intensity}
      ?symptoms=${args.symptoms}
      name=${ifDefined(args.name || undefined)}
      ?required=${args.required}
      .value=${args.value ?? []}
      .highlight=${args.highlight ?? null}
      @change=${args.onChange}
      @input=${args.onInput}
      @knot-region-focus=${args.onKnotRegionFocus}
    ></knot-body-map>
  `,
  parameters: { docs: { description: { component: DESCRIPTION } } },
};

export default meta;
type Story = StoryObj<BodyMapArgs>;

/** Choose any number of regions; front and back side by side. */
export const Picker: Story = {};

/** `single`: choosing a region replaces the previous one. (`max="1"` instead refuses a second.) */
export const SingleSelect: Story = { name: 'Single select', args: { single: true } };

/** `intensity`: a 0–10 slider for the region just chosen; colours ramp in three steps. */
export const Intensity: Story = {
  args: { intensity: true, value: [{ region: 'temple-left', intensity: 3 }, { region: 'top-of-shoulder-left', intensity: 6 }, { region: 'back-of-neck-left', intensity: 8 }] },
};

/** `symptoms`: aching, burning, tingling or numb, per region. */
export const Symptoms: Story = {
  args: { intensity: true, symptoms: true, value: [{ region: 'low-back-right', intensity: 6, symptoms: ['aching'] }] },
};

/**
 * `readonly`: shows a saved answer as a picture: `role="img"` named by the regions marked in
 * words, no tab stop, no toolbar or List view, both views side by side even on a phone.
 */
export const Readonly: Story = {
  args: { readonly: true, value: [{ region: 'buttock-left', intensity: 5 }, { region: 'outer-thigh-left', intensity: 4 }] },
};

const TRAPEZIUS = SHAPES.back['top-of-shoulder-left']!;

/**
 * `highlight`: upper trapezius. Its trigger point sits on the top of the shoulder; it
 * refers pain up the side of the neck to the temple (essential zone, dark) and to the jaw
 * and back of the head (spillover, light). Travell & Simons, Trigger Point Manual, vol. 1, ch. 6.
 */
export const HighlightOfAMuscle: Story = {
  name: 'Highlight of a muscle',
  args: {
    highlight: {
      triggerPoints: [{ region: 'top-of-shoulder-left', x: TRAPEZIUS.x, y: TRAPEZIUS.y, view: 'back' }],
      referral: { primary: ['side-of-neck-left', 'temple-left', 'back-of-neck-left'], secondary: ['jaw-left', 'back-of-head-left', 'ear-left'] },
    },
    readonly: true,
  },
};

/**
 * In a form: `name` and `required`; submit shows the entries, reset restores the start.
 * Submitting with nothing chosen shows the browser's message on the figures, which take focus.
 */
export const InAForm: Story = {
  name: 'In a form',
  render: () => html`
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output')!;
        out.value = new FormData(e.target as HTMLFormElement).getAll('pain').map(String).join(', ') || '(nothing)';
      }}
    >
      <knot-body-map name="pain" intensity required .value=${[{ region: 'heel-left', intensity: 4 }]}></knot-body-map>
      <p><button>Submit</button> <button type="reset">Reset</button></p>
      <p>Submitted: <output>—</output></p>
    </form>
  `,
};

/** `themes/dark.css` with the `knot-theme-dark` class. */
export const Dark: Story = { args: { intensity: true, value: [{ region: 'calf-right', intensity: 8 }] }, globals: { theme: 'dark' } };

/** Spanish (the Locale toolbar sets the page's language). */
export const Spanish: Story = { globals: { locale: 'es' }, tags: ['!autodocs'], args: { value: [{ region: 'temple-left', intensity: 5 }] } };
/** German. */
export const German: Story = { globals: { locale: 'de' }, tags: ['!autodocs'], args: { value: [{ region: 'temple-left', intensity: 5 }] } };
/** French. */
export const French: Story = { globals: { locale: 'fr' }, tags: ['!autodocs'], args: { value: [{ region: 'temple-left', intensity: 5 }] } };

/** 320 px wide: one view at a time with a Front / Back toggle. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
  args: { intensity: true },
};

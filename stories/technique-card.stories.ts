import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/technique-card/technique-card.js';

interface CardArgs {
  technique?: string;
  compact?: boolean;
  'heading-level'?: number;
  onKnotStartTechnique?: (event: Event) => void;
}

const DESCRIPTION = `
How to release one trigger point: the muscle, tool and position and the dose as its source
teaches it (Davies' short strokes, Travell & Simons' pressure release until the tissue
softens, or a stretch hold). Safety comes before any step, always: **Check the warning signs
first** (the red flags for that body area, grouped by what to do and how urgently, with their
NHS and NICE CKS pages), **Ask a doctor or physiotherapist first if** (the conditions that apply
to this technique) and every caution of the muscle and the technique. Then a small body map
with the trigger point (ring) and where it sends pain (dark: usually, light: sometimes),
numbered steps, what you should feel, the source with edition and chapter, and **Start the
timer**, which opens a hold timer set to the dose, running, with the focus on its Pause button.

\`\`\`html
<script type="module" src="https://cdn.jsdelivr.net/npm/knotkit@0.1/dist/cdn/technique-card.js"></script>
<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>
\`\`\`

The card fetches only the part of the catalog its technique lives in. Bloggers can write
their own card with slots (\`title\`, \`steps\`, \`cautions\`, and notes in the default slot);
apps can pass a \`technique\` object in the catalog's shape. Printing gives a clean
black-and-white card without buttons or timer.
`;

const meta: Meta<CardArgs> = {
  title: 'Components/Technique card',
  component: 'knot-technique-card',
  // Heading level 2: the first card on the Docs page follows the page's h1.
  args: { 'heading-level': 2, technique: 'upper-trapezius-pincer', compact: false },
  render: (args) => html`<knot-technique-card
    technique=${ifDefined(args.technique)}
    ?compact=${args.compact}
    heading-level=${ifDefined(args['heading-level'])}
    @knot-start-technique=${args.onKnotStartTechnique}
  ></knot-technique-card>`,
  parameters: { docs: { description: { component: DESCRIPTION } } },
};

export default meta;
type Story = StoryObj<CardArgs>;

/** Head and neck: upper trapezius, pincer squeeze. */
export const HeadAndNeck: Story = { name: 'Head and neck' };
/** Shoulder and arm. */
export const ShoulderAndArm: Story = { name: 'Shoulder and arm', args: { technique: 'infraspinatus-ball-wall' } };
/** Trunk. */
export const Trunk: Story = { args: { technique: 'quadratus-lumborum-ball-floor' } };
/** Hip and leg. */
export const HipAndLeg: Story = { name: 'Hip and leg', args: { technique: 'gluteus-medius-ball' } };

/** `compact`: title, dose, an always-visible "Check the warning signs first" disclosure (red flags, ask first, cautions) and Start, for lists of techniques. */
export const Compact: Story = { args: { compact: true } };

/** A blogger's own card, written with slots: the card adds every red flag (no body area given), layout and styling. */
export const AuthorWritten: Story = {
  name: 'Author-written (slots)',
  render: () => html`<knot-technique-card .technique=${{ title: '', dose: { holdSeconds: 45, reps: 2, sides: 'each' } }}>
    <span slot="title">My favourite release for a desk-worker's neck</span>
    <ol slot="steps">
      <li>Sit tall and drop the sore shoulder.</li>
      <li>Squeeze the ridge between neck and shoulder with your other hand.</li>
      <li>Hold at a 5–7 out of 10 and breathe out slowly.</li>
    </ol>
    <p slot="cautions">Squeeze the muscle only, never the front of the throat.</p>
    <p>I do this after every long meeting.</p>
  </knot-technique-card>`,
};

/** What printing gives (use your browser's print preview): black and white, no buttons, no timer. */
export const PrintPreview: Story = {
  name: 'Print preview',
  render: () => html`<p><button type="button" @click=${() => window.print()}>Print this page</button></p>
    <knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`,
};

/** An unknown id: an accessible "Technique not found", and one console warning. */
export const NotFound: Story = { name: 'Not found', args: { technique: 'elbow-magic' } };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Spanish (the Locale toolbar sets the page's language). */
export const Spanish: Story = { globals: { locale: 'es' }, tags: ['!autodocs'] };
/** German. */
export const German: Story = { globals: { locale: 'de' }, tags: ['!autodocs'] };
/** French. */
export const French: Story = { globals: { locale: 'fr' }, tags: ['!autodocs'] };

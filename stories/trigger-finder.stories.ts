import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '../src/components/trigger-finder/trigger-finder.js';

interface FinderArgs {
  regions?: string;
  'max-results'?: number;
  persist?: boolean;
  /** The URL hash the story opens at (one story per step). */
  hash: string;
}

const DESCRIPTION = `
From "where it hurts" to a routine in one tag: the warning signs first (any "yes" ends on a
page saying what to do, how urgently, with sources), then a body map, the muscles most likely
to send pain there (why, and their pattern on a map), the technique cards for the ones chosen,
and a routine built from the chosen techniques that plays in place, downloads as JSON or
copies as a ready \`<knot-routine-player>\` embed.

\`\`\`html
<script type="module" src="https://cdn.jsdelivr.net/npm/knotkit@0.1/dist/cdn/trigger-finder.js"></script>
<knot-trigger-finder regions="temple-left temple-right"></knot-trigger-finder>
\`\`\`

Its state lives in the URL hash (\`#finder=muscles&r=temple-left.7\`): back and forward move between
steps, a reload or a shared link restores them, and nothing leaves the page. A link opened in a
new tab asks the warning signs again first. One finder per page. \`skip-screen\` is only for pages
where a clinician leads the reader.
`;

/** Opens the story at a step: the hash, and the warning signs answered in this tab for steps past them. */
function at(hash: string) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  try {
    if (hash && !/finder=(screen|stop)/.test(hash)) sessionStorage.setItem('knotkit:finder:screened', 'true');
    else sessionStorage.removeItem('knotkit:finder:screened');
  } catch {
    /* storage blocked: the story starts at the warning signs */
  }
}

const meta: Meta<FinderArgs> = {
  title: 'Elements/Trigger finder',
  component: 'knot-trigger-finder',
  parameters: { docs: { description: { component: DESCRIPTION } } },
  args: { hash: '', regions: '', 'max-results': 5, persist: false },
  render: (args) => {
    at(args.hash);
    return html`<knot-trigger-finder regions=${args.regions ?? ''} max-results=${args['max-results'] ?? 5} ?persist=${args.persist}></knot-trigger-finder>`;
  },
};
export default meta;
type Story = StoryObj<FinderArgs>;

export const WarningSigns: Story = { name: '1. Warning signs' };
export const GetHelp: Story = { name: 'A "yes": get help', args: { hash: '#finder=stop&f=chest,night-pain' } };
export const WhereItHurts: Story = { name: '2. Where it hurts', args: { hash: '#finder=map&r=temple-left.7,jaw-left.4' } };
export const NerveWarning: Story = { name: '2. Tingling brings back the nerve warning', args: { hash: '#finder=map&r=forearm-front-left.6.tingling' } };
export const LikelyMuscles: Story = { name: '3. Likely muscles', args: { hash: '#finder=muscles&r=temple-left.7,jaw-left.4&m=temporalis.left' } };
export const Cards: Story = { name: '4. How to release them', args: { hash: '#finder=cards&r=temple-left.7,jaw-left.4&m=temporalis.left,masseter.left&t=temporalis-fingers,masseter-fingers' } };
export const Routine: Story = { name: '5. Your routine', args: { hash: '#finder=routine&r=temple-left.7,jaw-left.4&m=temporalis.left,masseter.left&t=temporalis-fingers,masseter-fingers' } };
export const HeadachePost: Story = { name: 'A headache post (regions preset)', args: { regions: 'temple-left temple-right' } };

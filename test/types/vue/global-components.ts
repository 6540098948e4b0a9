// Vue: knotkit/vue adds every element to `GlobalComponents`, where vue-tsc looks up the
// props of a tag in a template. Type-checked by test/scripts/types.test.mjs against
// vue-stand-in.d.ts: every `@ts-expect-error` must be an error, everything else must pass.
import type { GlobalComponents } from 'vue';
import type {} from 'knotkit/vue';
import type { RegionSelection } from 'knotkit';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const timer: Props<'knot-hold-timer'> = { duration: 45, reps: 3, sides: 'both', 'switch-duration': 10 };

// @ts-expect-error duration is a number of seconds (`:duration="45"` in a template)
export const wrongType: Props<'knot-hold-timer'> = { duration: '45' };

// @ts-expect-error no such property (`:bogus-prop` in a template)
export const bogus: Props<'knot-hold-timer'> = { 'bogus-prop': 1 };

export const onChange: NonNullable<Props<'knot-body-map'>['onchange']> = (e) => {
  const value: RegionSelection[] = e.detail.value;
  console.log(value);
};

// @ts-expect-error the change detail has `value`, nothing else
export const wrongDetail: NonNullable<Props<'knot-body-map'>['oninput']> = (e) => console.log(e.detail.selection);

export const tags: (keyof GlobalComponents)[] = ['knot-hold-timer', 'knot-body-map', 'knot-technique-card', 'knot-routine-player', 'knot-trigger-finder'];

// Solid JSX (solid-js's own types) with knotkit's generated element types (`knotkit/solid`), as
// the docs tell an app to declare them (knotkit.d.ts). Type-checked by
// test/scripts/types.test.mjs: every `@ts-expect-error` must be an error, everything else must pass.
import type { RegionSelection } from 'knotkit';

export const timer = () => (
  <knot-hold-timer duration={45} reps={3} sides="both" switch-duration={10} label="Upper trapezius" on:knot-complete={(e) => console.log(e.detail.holdMs)} />
);

// @ts-expect-error duration is a number of seconds
export const wrongType = () => <knot-hold-timer duration="45" />;

// @ts-expect-error no such property
export const bogus = () => <knot-hold-timer bogus={1} />;

// @ts-expect-error sides is 'none' | 'left' | 'right' | 'both'
export const wrongSides = () => <knot-hold-timer sides="middle" />;

export const map = () => (
  <knot-body-map
    single
    class="map"
    on:change={(e) => {
      const value: RegionSelection[] = e.detail.value;
      console.log(value);
    }}
    on:input={(e) => console.log(e.detail.value.length)}
  />
);

// @ts-expect-error the change detail has `value`, nothing else
export const wrongDetail = () => <knot-body-map on:change={(e) => console.log(e.detail.selection)} />;

export const card = () => <knot-technique-card technique="upper-trapezius-ball-wall" heading-level={2} />;
export const player = () => <knot-routine-player routine="desk-neck" persist />;
export const finder = () => <knot-trigger-finder max-results={3} />;

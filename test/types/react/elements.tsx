// React 19 JSX with knotkit's generated element types (`knotkit/jsx`), as the README tells an
// app to declare them. Type-checked by test/scripts/types.test.mjs: every `@ts-expect-error`
// must be an error, everything else must pass.
import type { CustomElements } from 'knotkit/jsx';
import type { RegionSelection } from 'knotkit';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const timer = (
  <knot-hold-timer duration={45} reps={3} sides="both" label="Upper trapezius" onknot-complete={(e) => console.log(e.detail.holdMs)} />
);

// @ts-expect-error duration is a number of seconds
export const wrongType = <knot-hold-timer duration="long" />;

// @ts-expect-error no such property
export const bogus = <knot-hold-timer bogus={1} />;

// @ts-expect-error sides is 'none' | 'left' | 'right' | 'both'
export const wrongSides = <knot-hold-timer sides="middle" />;

export const map = (
  <knot-body-map
    single
    onchange={(e) => {
      const value: RegionSelection[] = e.detail.value;
      console.log(value);
    }}
    oninput={(e) => console.log(e.detail.value.length)}
  />
);

// @ts-expect-error the change detail has `value`, nothing else
export const wrongDetail = <knot-body-map onchange={(e) => console.log(e.detail.selection)} />;

export const card = <knot-technique-card technique="upper-trapezius-ball-wall" heading-level={2} />;
export const player = <knot-routine-player routine="desk-neck" persist />;
export const finder = <knot-trigger-finder max-results={3} />;

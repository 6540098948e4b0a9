// Solid: knotkit/solid's element props. Type-checked by test/scripts/types.test.mjs.
import type { CustomElements } from 'knotkit/solid';

type Props<Tag extends keyof CustomElements> = CustomElements[Tag];

export const timer: Props<'knot-hold-timer'> = { duration: 45 };

// @ts-expect-error duration is a number of seconds
export const wrongType: Props<'knot-hold-timer'> = { duration: '45' };

// @ts-expect-error no such property
export const bogus: Props<'knot-hold-timer'> = { bogus: 1 };

export const onChange: NonNullable<Props<'knot-body-map'>['on:change']> = (e) => console.log(e.detail.value);

// @ts-expect-error the change detail has `value`, nothing else
export const wrongDetail: NonNullable<Props<'knot-body-map'>['on:input']> = (e) => console.log(e.detail.selection);

import { msg } from '../../i18n/msg.js';
import { regionInfo } from '../../data/regions.js';
import { SHAPES } from '../../data/region-geometry.js';
import { parseHighlight, parseSelection, type Highlight, type Parsed, type RegionSelection } from '../../core/selection.js';

/**
 * The map's input, read without ever throwing into the page: unknown region ids are dropped
 * with one console warning naming them; unreadable JSON leaves the value empty, with a
 * warning and an error shown on the page (kept as its kind, worded when rendering).
 */

/** The element's `warn()`: one console warning per attribute and value. */
export type Warn = (attribute: string, value: unknown, problem: string) => void;

/** What could not be used, for the message on the page ('' when all is well). */
export type InputError = '' | 'value' | 'highlight' | 'muscle';

export interface Read<T> {
  value: T;
  error: InputError;
}

function report<T>(attribute: 'value' | 'highlight', given: unknown, parsed: Parsed<T>, warn: Warn): Read<T> {
  if (parsed.problem) warn(attribute, typeof given === 'string' ? given : '[object]', `${parsed.problem}; it is ignored`);
  const { unknown } = parsed;
  if (unknown.length) warn(attribute, unknown.join(' '), `names unknown regions ${unknown.map((u) => JSON.stringify(u)).join(', ')}; they are dropped`);
  return { value: parsed.value, error: parsed.problem ? attribute : '' };
}

/** `value`: the selection. */
export const readValue = (given: unknown, warn: Warn): Read<RegionSelection[]> => report('value', given, parseSelection(given), warn);

/** `highlight`: a muscle's trigger points and referral. */
export const readHighlight = (given: unknown, warn: Warn): Read<Highlight> => report('highlight', given, parseHighlight(given, (view, region) => SHAPES[view][region]), warn);

/**
 * The region ids in a space-separated list (`disabled-regions`, `hidden-regions`): anything but
 * text (a removed attribute's null) is none, and words that name no region are left out (the
 * figure looks its regions up by id).
 */
export const ids = (text: unknown) => new Set(typeof text === 'string' ? text.split(/\s+/).filter((id) => regionInfo(id)) : []);

/** `disabled-regions`, `hidden-regions`: ids that name no region are ignored, with a warning. */
export function checkRegionIds(attribute: string, text: unknown, warn: Warn): void {
  if (text != null && typeof text !== 'string') return warn(attribute, text, 'must be space-separated region ids; it is ignored');
  const unknown = typeof text === 'string' ? text.split(/\s+/).filter((id) => id && !regionInfo(id)) : [];
  if (unknown.length) warn(attribute, text, `names unknown regions ${unknown.map((u) => JSON.stringify(u.slice(0, 40))).join(', ')}; they are ignored`);
}

/** The message on the page for an input that could not be used. */
export function errorText(error: InputError): string {
  if (error === 'value') return msg('The saved selection could not be read, so the map starts empty.', { id: 'body-map.error.value' });
  if (error === 'highlight') return msg('The muscle to show could not be read.', { id: 'body-map.error.highlight' });
  return error && msg('This muscle is not in the catalog.', { id: 'body-map.error.muscle' });
}

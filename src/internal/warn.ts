/**
 * One console warning per element, attribute and bad value: bad input never throws into
 * the host page, and never floods the console on re-render either.
 */
const seen = new WeakMap<object, Set<string>>();

export function warnOnce(element: Element, attribute: string, value: unknown, problem: string): void {
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) : String(value);
  const key = `${attribute}\u0000${shown}`;
  let keys = seen.get(element);
  if (!keys) seen.set(element, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`<${element.localName}> ${attribute}=${shown} ${problem}.`);
}

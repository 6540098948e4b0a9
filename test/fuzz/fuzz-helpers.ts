import fc from 'fast-check';

/**
 * Hostile input for property-based tests: every kind of value a page (or a framework binding
 * a property) can hand an element, and a catcher for what escapes into the page.
 */

/** One object with no prototype: `String(it)` and template interpolation both throw. */
export const bare = (): object => Object.create(null) as object;

/** Any value: text (including id-like and JSON-like text), numbers at their edges, null, objects. */
export function hostileValue(strings: readonly string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom('', ' ', '  \n ', '{', '[]', '{}', 'null', 'NaN', '-1', '0', '1e309', '__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>', ...strings),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 0.5, 1e21, Number.MAX_SAFE_INTEGER),
    fc.constantFrom(null, undefined, true, false),
    fc.constant(null).map(bare),
    fc.object({ maxDepth: 2, maxKeys: 4 }),
    fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null), fc.constant(null).map(bare)), { maxLength: 4 }),
  );
}

export type Assignment = { kind: 'property'; name: string; value: unknown } | { kind: 'attribute'; name: string; value: string | null };

/** A property set to any value, or an attribute set to any text or removed. */
export function assignment(properties: readonly string[], attributes: readonly string[], strings: readonly string[] = []): fc.Arbitrary<Assignment> {
  return fc.oneof(
    fc.record({ kind: fc.constant('property' as const), name: fc.constantFrom(...properties), value: hostileValue(strings) }),
    fc.record({
      kind: fc.constant('attribute' as const),
      name: fc.constantFrom(...attributes),
      value: fc.oneof(fc.constant(null), fc.string({ maxLength: 30 }), fc.constantFrom('', '0', '-5', 'NaN', 'Infinity', '1e309', '{', '[{"region":5}]', ...strings)),
    }),
  );
}

export function apply(el: Element, a: Assignment): void {
  if (a.kind === 'property') (el as unknown as Record<string, unknown>)[a.name] = a.value;
  else if (a.value === null) el.removeAttribute(a.name);
  else el.setAttribute(a.name, a.value);
}

/**
 * Counts what escapes into the page: uncaught errors, unhandled rejections, and a rejected
 * `updateComplete` (a render that threw). Mocha's own handler is kept off while counting.
 */
export function catchEscapes() {
  const escaped: string[] = [];
  const onError = (event: ErrorEvent) => {
    event.preventDefault();
    escaped.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    escaped.push(`rejection: ${String((event.reason as Error | undefined)?.message ?? 'unknown')}`);
  };
  const previous = window.onerror;
  window.onerror = null;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    escaped,
    /** Waits for the element to settle; a render that threw counts as escaped. */
    async settle(el: { updateComplete: Promise<boolean> }): Promise<void> {
      try {
        await el.updateComplete;
      } catch (error) {
        escaped.push(`render: ${error instanceof Error ? error.message : 'unknown'}`);
      }
    },
    restore() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      window.onerror = previous;
    },
  };
}

/** Keeps console.warn quiet while fuzzing, counting the warnings. */
export function muteWarnings() {
  let count = 0;
  const original = console.warn;
  console.warn = () => void count++;
  return {
    get count() {
      return count;
    },
    restore: () => (console.warn = original),
  };
}

/**
 * Routines knotkit built itself (the trigger finder's), valid by construction: the player
 * plays them without loading the validator. Only an object this module marked counts, so an
 * author's routine is always checked. (Two copies of knotkit on a page do not share the mark:
 * the player then checks the routine, which still passes.)
 */
const built = new WeakSet<object>();

/** Marks a routine this library built as valid by construction, and freezes it (with its steps) so it stays so. */
export function builtRoutine<T extends { steps: readonly object[] }>(routine: T): T {
  routine.steps.forEach((step) => Object.freeze(step));
  Object.freeze(routine.steps);
  built.add(Object.freeze(routine));
  return routine;
}

/** Whether `value` is a routine this library built (and marked). */
export const isBuiltRoutine = (value: unknown): boolean => typeof value === 'object' && value !== null && built.has(value);

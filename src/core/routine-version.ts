/**
 * The routine file format's version and limits, apart from its schema (routine-format.ts),
 * so a page playing a built-in routine never loads the validator.
 */
export const ROUTINE_FORMAT = 1;
export const MAX_STEPS = 50;

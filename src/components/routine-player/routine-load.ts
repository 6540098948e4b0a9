import { msg, str } from '../../i18n/msg.js';
import { planRoutine, stepDose, type StepDose } from '../../core/routine.js';
import type { Routine, RoutineStep } from '../../core/routine-format.js';
import { isBuiltRoutine } from '../../core/trusted.js';
import { loadTechnique } from '../../data/catalog.js';
import { builtInRoutine } from '../../data/routines.js';
import type { Technique } from '../../data/types.js';

/** A step ready to play: its technique (from the catalog), title and resolved dose. */
export interface ReadyStep {
  step: RoutineStep;
  /** In the current locale, each time it is read. */
  readonly title: string;
  technique?: Technique;
  dose: StepDose;
}

export type LoadedRoutine =
  | { routine: Routine; steps: ReadyStep[]; totalMs: number }
  /** Not usable: every problem, and the attribute and value to name in the one warning. */
  | { problems: string[]; attribute: string; value: unknown };

/**
 * Reads a routine from where the player has it: its `routine` (a built-in id, JSON text or
 * an object), else its `src`, else the text of its `<script type="application/json">`.
 * Validates it, resolves each step's technique and dose, and the total time (once).
 * `null`: nothing to play yet. Never throws.
 */
export async function loadRoutine(input: unknown, src: string, script: string | undefined): Promise<LoadedRoutine | null> {
  let attribute = 'routine';
  let routine: Routine | undefined;
  const fail = (value: unknown, ...problems: string[]) => ({ attribute, value, problems });
  if (typeof input === 'string' && input.trim() && !input.trim().startsWith('{')) {
    const id = input.trim();
    // Built-in routines are valid by construction (the tests run each through the schema).
    routine = builtInRoutine(id);
    if (!routine) return fail(id, msg(str`"${id}" is not a built-in routine.`, { id: 'routine-player.unknown' }));
  } else if (input == null || input === '') {
    if (src) {
      attribute = 'src';
      try {
        const response = await fetch(src);
        if (!response.ok) return fail(src, msg(str`The routine could not be loaded (HTTP ${response.status}).`, { id: 'routine-player.http' }));
        input = await response.text();
      } catch {
        return fail(src, msg('The routine could not be loaded (network error).', { id: 'routine-player.network' }));
      }
    } else {
      if (script === undefined) return null;
      attribute = 'script';
      input = script;
    }
  }
  if (!routine && isBuiltRoutine(input)) routine = input as Routine;
  if (!routine) {
    // An author's routine: the validator loads only now.
    const [{ validateRoutine }, { TECHNIQUE_IDS }] = await Promise.all([import('../../core/routine-format.js'), import('../../data/muscles/technique-ids.js')]);
    const checked = validateRoutine(input, TECHNIQUE_IDS);
    if (!checked.routine) return fail(attribute === 'src' ? src : '(routine)', ...checked.problems);
    routine = checked.routine;
  }
  const steps = await Promise.all(routine.steps.map(readyStep));
  return { routine, steps, totalMs: planRoutine(steps.map((s) => s.dose)).totalMs };
}

async function readyStep(step: RoutineStep): Promise<ReadyStep> {
  const found = step.technique ? await loadTechnique(step.technique) : undefined;
  return {
    step,
    get title() {
      return found ? found.technique.title() : (step.custom?.title ?? '');
    },
    technique: found?.technique,
    dose: stepDose(step, found?.technique.dose),
  };
}

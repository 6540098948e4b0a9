import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { currentLocale } from '../../i18n/current.js';
import { formatClock, formatDuration } from '../../core/format.js';
import type { RoutineShown, StepDose } from '../../core/routine.js';
import type { Routine } from '../../core/routine-format.js';
import type { ReadyStep } from './routine-load.js';
import type { KnotRoutineCompleteDetail } from './routine-player.events.js';

/**
 * The routine player's parts, as templates of plain data: the header, the problems, the step list,
 * "Next up" (shown and said), the current step with its timer, the controls, the resume
 * prompt and the finish. Handlers are the player's own methods (Lit calls them on the element).
 */

type Handler = () => void;

const duration = (seconds: number) => formatDuration(seconds, currentLocale());

/** A step's dose in words: "1 minute · 2 times · each side". */
export function doseText(dose: StepDose): string {
  const hold = dose.strokes ? msg(str`About ${dose.strokes} slow strokes per tender spot`, { id: 'dose.strokes' }) : duration(dose.holdSeconds);
  const sides = dose.sides === 'both' ? msg('each side', { id: 'dose.each-side' }) : '';
  const reps = dose.reps > 1 ? msg(str`${dose.reps} times`, { id: 'dose.reps' }) : '';
  return [hold, reps, sides].filter(Boolean).join(' · ');
}

/** Title, description, total time and progress (`percent`, 0–100). */
export function header(routine: Routine, totalMs: number, percent: number, level: number) {
  return html`<div part="header" class="header">
    <div class="title" role="heading" aria-level=${level}>${routine.title}</div>
    ${routine.description ? html`<p class="description">${routine.description}</p>` : nothing}
    <p class="total">${msg(str`Total time: ${duration(Math.round(totalMs / 1000))}`, { id: 'routine-player.total' })}</p>
    <progress part="progress" class="progress" max="100" .value=${percent} aria-label=${msg('Progress', { id: 'routine-player.progress' })}></progress>
  </div>`;
}

/** Every problem of a routine that cannot be played, as text. */
export function problemList(problems: readonly string[]) {
  return html`<div part="base error" class="base error" role="alert">
    <p><strong>${msg('This routine cannot be played:', { id: 'routine-player.invalid' })}</strong></p>
    <ul>
      ${problems.map((p) => html`<li>${p}</li>`)}
    </ul>
  </div>`;
}

/** Every step, with the current one marked and the finished ones ticked. */
export function stepList(steps: readonly ReadyStep[], shown: RoutineShown | null) {
  const done = shown?.state === 'done';
  const current = shown ? shown.step : -1;
  return html`<ol part="steps" class="steps">
    ${steps.map((s, i) => {
      const isDone = done || i < current || (i === current && shown?.between === true);
      const isCurrent = i === current && !done;
      return html`<li part="step${isCurrent ? ' current' : ''}${isDone ? ' done' : ''}" class=${isCurrent ? 'current' : isDone ? 'done' : ''} aria-current=${isCurrent ? 'step' : 'false'}>
        <span class="mark" aria-hidden="true">${isDone ? '✓' : i + 1}</span>
        <span class="name">${s.title}</span>
        <span class="dose">${doseText(s.dose)}</span>
        ${isDone ? html`<span class="sr">${msg('done', { id: 'routine-player.done' })}</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

export function resumePrompt(resume: Handler, startOver: Handler) {
  const question = msg('Resume where you left off?', { id: 'routine-player.resume-question' });
  return html`<div part="resume" class="resume" role="group" aria-label=${question}>
    <p>${question}</p>
    <button type="button" class="primary" @click=${resume}>${msg('Resume', { id: 'routine-player.resume' })}</button>
    <button type="button" @click=${startOver}>${msg('Start over', { id: 'routine-player.start-over' })}</button>
  </div>`;
}

const wellDone = () => msg('Well done!', { id: 'routine-player.finished' });
const stepsIn = ({ stepsDone, stepsSkipped, durationMs }: KnotRoutineCompleteDetail) => {
  const time = duration(Math.round(durationMs / 1000));
  const total = stepsDone + stepsSkipped;
  return stepsSkipped
    ? msg(str`Steps done: ${stepsDone} of ${total}. Skipped: ${stepsSkipped}. Time: ${time}.`, { id: 'routine-player.summary-skipped' })
    : msg(str`${stepsDone} steps in ${time}.`, { id: 'routine-player.summary' });
};

/** What the player's status region says at the end: "Well done! 4 steps in 9 minutes." */
export const summaryText = (complete: KnotRoutineCompleteDetail) => `${wellDone()} ${stepsIn(complete)}`;

/** The summary; focus comes here when the control that ended the routine goes away. */
export function finish(complete: KnotRoutineCompleteDetail, again: Handler) {
  return html`<div part="finish" class="finish" tabindex="-1">
    <p class="title">${wellDone()}</p>
    <p>${stepsIn(complete)}</p>
    <button type="button" class="primary" @click=${again}>${msg('Do it again', { id: 'routine-player.again' })}</button>
  </div>`;
}

/** "Next up: …", on screen, said once by the status region and, with voice cues, aloud. */
export const nextUpText = (next: ReadyStep) => msg(str`Next up: ${next.title}`, { id: 'routine-player.next-up' });

/** Where the reader is after Previous / Next: "Step 2 of 4: Levator scapulae: …". */
export const stepNowText = (index: number, count: number, step: ReadyStep) => {
  const n = index + 1;
  const title = step.title;
  return msg(str`Step ${n} of ${count}: ${title}`, { id: 'routine-player.step-now' });
};

/** "Next up: …" with the pause's countdown, between two steps (not a live region: it ticks). */
export function nextUp(next: ReadyStep, countdown: number) {
  return html`<div part="next-up" class="next-up">
    <strong>${nextUpText(next)}</strong>
    <span class="countdown">${formatClock(countdown, currentLocale())}</span>
  </div>`;
}

/** Says "Next up: …" (the same words as on screen), in the current locale. */
export function sayNextUp(next: ReadyStep): void {
  try {
    const utterance = new SpeechSynthesisUtterance(nextUpText(next));
    utterance.lang = currentLocale();
    speechSynthesis.speak(utterance);
  } catch {
    /* speech unavailable */
  }
}

/**
 * The step being done (or, `timerHidden`, the one coming up): its technique card (or an
 * author's custom step), then the bar that stays in view at the bottom of the screen while
 * the player is on it (on a phone the card is long): the step's hold timer and `controls`.
 */
export function currentStep(step: ReadyStep, timerHidden: boolean, cues: string, level: number, controls: unknown) {
  const { custom, note } = step.step;
  return html`<div part="current" class="current-step">
    ${step.technique
      ? html`<knot-technique-card technique=${step.technique.id} heading-level=${level} no-figure></knot-technique-card>`
      : html`<div class="step-title" role="heading" aria-level=${level}>${step.title}</div>
          <ol>
            ${(custom?.steps ?? []).map((line) => html`<li>${line}</li>`)}
          </ol>
          ${custom?.cautions?.length
            ? html`<div class="cautions"><strong>${msg('Cautions', { id: 'technique-card.cautions' })}</strong><ul>${custom.cautions.map((c) => html`<li>${c}</li>`)}</ul></div>`
            : nothing}`}
    ${note ? html`<p class="note">${note}</p>` : nothing}
  </div>
  <div part="bar" class="bar">
    <knot-hold-timer
      part="timer"
      class="timer"
      compact
      ?hidden=${timerHidden}
      label=${step.title}
      cues=${cues}
      duration=${step.dose.holdSeconds}
      strokes=${step.dose.strokes}
      reps=${step.dose.reps}
      rest=${step.dose.restSeconds}
      prepare=${step.dose.prepareSeconds}
      sides=${step.dose.sides}
    ></knot-hold-timer>
    ${controls}
  </div>`;
}

export function controls(running: boolean, previous: Handler, toggle: Handler, next: Handler) {
  return html`<div part="controls" class="controls" role="group" aria-label=${msg('Routine controls', { id: 'routine-player.controls' })}>
    <button type="button" @click=${previous}>${msg('Previous', { id: 'routine-player.previous' })}</button>
    <button type="button" class="primary" @click=${toggle}>${running ? msg('Pause', { id: 'routine-player.pause' }) : msg('Resume', { id: 'routine-player.resume' })}</button>
    <button type="button" @click=${next}>${msg('Next', { id: 'routine-player.next' })}</button>
  </div>`;
}

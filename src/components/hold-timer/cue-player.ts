import { TONES, VIBRATIONS, type CueKind, type Moment } from '../../core/cues.js';
import { currentLocale } from '../../i18n/current.js';

/** Quiet enough not to startle in a quiet room, loud enough over a fan. */
const GAIN = 0.18;
const ATTACK_S = 0.01;

export interface CueSettings {
  readonly cueKinds: ReadonlySet<CueKind>;
  readonly muted: boolean;
  /** Created inside the user's Start gesture (browsers refuse audio otherwise), or null. */
  readonly audio: AudioContext | null;
}

/** Plays the timer's cues. Any missing or refusing API is skipped without a word. */
export class CuePlayer {
  constructor(private readonly settings: CueSettings) {}

  play(moment: Moment, spoken: string | null): void {
    const { cueKinds, muted } = this.settings;
    if (muted) return;
    try {
      if (cueKinds.has('beep')) this.beep(moment);
      const pattern = VIBRATIONS[moment];
      if (cueKinds.has('vibrate') && pattern.length && navigator.vibrate) navigator.vibrate([...pattern]);
      const synth = globalThis.speechSynthesis;
      if (cueKinds.has('voice') && spoken && synth) {
        const utterance = new SpeechSynthesisUtterance(spoken);
        utterance.lang = currentLocale();
        synth.cancel();
        synth.speak(utterance);
      }
    } catch {
      /* a broken audio or speech stack never breaks the timer */
    }
  }

  /** Stops speech in progress. */
  stop(): void {
    try {
      if (this.settings.cueKinds.has('voice')) globalThis.speechSynthesis?.cancel();
    } catch {
      /* speech unavailable */
    }
  }

  private beep(moment: Moment): void {
    const context = this.settings.audio;
    if (!context || context.state === 'closed') return;
    let at = context.currentTime + 0.01;
    for (const tone of TONES[moment]) {
      at += tone.delay / 1000;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = tone.frequency;
      const end = at + tone.duration / 1000;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(GAIN, at + ATTACK_S);
      gain.gain.exponentialRampToValueAtTime(0.0001, end);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(end + 0.02);
      at = end;
    }
  }
}

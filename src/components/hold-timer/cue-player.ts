import { TONES, VIBRATIONS, type CueKind, type Moment } from '../../core/cues.js';

/** Quiet enough not to startle in a quiet room, loud enough over a fan. */
const GAIN = 0.18;
const ATTACK_S = 0.01;

type AudioContextConstructor = typeof AudioContext;

/**
 * Plays the timer's cues. Audio is created only by `unlock()`, which the element calls
 * inside the user's Start gesture (browsers refuse audio otherwise); any missing API is
 * skipped without a word.
 */
export class CuePlayer {
  kinds = new Set<CueKind>();
  muted = false;
  locale = 'en';
  private context: AudioContext | null = null;

  /** Creates the audio context; call from a click/keydown handler. */
  unlock(): void {
    if (!this.kinds.has('beep') || this.context) return;
    const Context = (globalThis as { AudioContext?: AudioContextConstructor }).AudioContext;
    if (!Context) return;
    try {
      this.context = new Context();
      void this.context.resume?.().catch(() => undefined);
    } catch {
      this.context = null;
    }
  }

  play(moment: Moment, spoken: string | null): void {
    if (this.muted) return;
    if (this.kinds.has('beep')) this.beep(moment);
    if (this.kinds.has('vibrate')) this.vibrate(moment);
    if (this.kinds.has('voice') && spoken) this.say(spoken);
  }

  /** Stops speech and closes audio: nothing keeps running after the element is gone. */
  close(): void {
    try {
      if (this.kinds.has('voice')) globalThis.speechSynthesis?.cancel();
    } catch {
      /* speech unavailable */
    }
    const context = this.context;
    this.context = null;
    if (context && context.state !== 'closed') void context.close().catch(() => undefined);
  }

  get audioContext(): AudioContext | null {
    return this.context;
  }

  private beep(moment: Moment): void {
    const context = this.context;
    if (!context || context.state === 'closed') return;
    try {
      let at = context.currentTime + 0.01;
      for (const tone of TONES[moment]) {
        at += tone.delay / 1000;
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.type = 'sine';
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
    } catch {
      /* a broken audio stack never breaks the timer */
    }
  }

  private vibrate(moment: Moment): void {
    const pattern = VIBRATIONS[moment];
    if (pattern.length === 0 || typeof navigator.vibrate !== 'function') return;
    try {
      navigator.vibrate([...pattern]);
    } catch {
      /* not allowed here */
    }
  }

  private say(text: string): void {
    const synth = globalThis.speechSynthesis;
    const Utterance = (globalThis as { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance }).SpeechSynthesisUtterance;
    if (!synth || !Utterance) return;
    try {
      const utterance = new Utterance(text);
      utterance.lang = this.locale;
      synth.cancel();
      synth.speak(utterance);
    } catch {
      /* speech unavailable */
    }
  }
}

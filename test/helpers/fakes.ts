/** Stand-ins for browser APIs the timer uses, installed for one test and removed after. */

export interface FakeSentinel {
  released: boolean;
  release(): Promise<void>;
}

export function fakeWakeLock() {
  const log: string[] = [];
  const sentinels: FakeSentinel[] = [];
  const api = {
    request(type: string): Promise<FakeSentinel> {
      log.push(`request:${type}`);
      const sentinel: FakeSentinel = {
        released: false,
        release() {
          if (!this.released) log.push('release');
          this.released = true;
          return Promise.resolve();
        },
      };
      sentinels.push(sentinel);
      return Promise.resolve(sentinel);
    },
  };
  Object.defineProperty(navigator, 'wakeLock', { value: api, configurable: true });
  return {
    log,
    get held() {
      return sentinels.filter((s) => !s.released).length;
    },
    restore: () => delete (navigator as unknown as Record<string, unknown>).wakeLock,
  };
}

export function fakeAudio() {
  const contexts: FakeAudioContext[] = [];
  class FakeParam {
    value = 0;
    setValueAtTime() {}
    linearRampToValueAtTime() {}
    exponentialRampToValueAtTime() {}
  }
  class FakeNode {
    frequency = new FakeParam();
    gain = new FakeParam();
    type = 'sine';
    connect<T>(next: T): T {
      return next;
    }
    start() {}
    stop() {}
  }
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    tones: number[] = [];
    constructor() {
      contexts.push(this);
    }
    resume() {
      this.state = 'running';
      return Promise.resolve();
    }
    close() {
      this.state = 'closed';
      return Promise.resolve();
    }
    createGain() {
      return new FakeNode();
    }
    createOscillator() {
      const node = new FakeNode();
      const tones = this.tones;
      node.start = () => tones.push(node.frequency.value);
      return node;
    }
  }
  const original = Object.getOwnPropertyDescriptor(window, 'AudioContext');
  Object.defineProperty(window, 'AudioContext', { value: FakeAudioContext, configurable: true, writable: true });
  return {
    contexts,
    restore: () => {
      if (original) Object.defineProperty(window, 'AudioContext', original);
    },
  };
}

export function fakeSpeechAndVibration() {
  const spoken: Array<{ text: string; lang: string }> = [];
  const vibrations: number[][] = [];
  const speech = {
    speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
    cancel: () => undefined,
  };
  const originalSpeech = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
  Object.defineProperty(navigator, 'vibrate', { value: (p: number[]) => (vibrations.push(p), true), configurable: true });
  return {
    spoken,
    vibrations,
    restore: () => {
      if (originalSpeech) Object.defineProperty(window, 'speechSynthesis', originalSpeech);
      delete (navigator as unknown as Record<string, unknown>).vibrate;
    },
  };
}

/** Records console.warn calls until restored. */
export function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

/**
 * `window.fetch` that answers only when the test says so: `fetched` resolves when the element
 * asks, `answer(response)` replies. `restore()` puts the real fetch back.
 */
export function slowFetch() {
  const real = window.fetch;
  let answer: (response: Response) => void = () => undefined;
  let fetching: () => void = () => undefined;
  const fetched = new Promise<void>((resolve) => (fetching = resolve));
  window.fetch = () => {
    fetching();
    return new Promise<Response>((resolve) => (answer = resolve));
  };
  return { fetched, answer: (response: Response) => answer(response), restore: () => (window.fetch = real) };
}

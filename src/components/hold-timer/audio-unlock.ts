/**
 * Browsers allow audio only from a user gesture, so the timer calls this from every press:
 * it makes the beeps' audio context, or resumes one made without a gesture (`autostart`
 * makes it suspended). Null when there is no Web Audio: beeps are then skipped.
 */
export function unlockAudio(audio: AudioContext | null): AudioContext | null {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    return audio;
  } catch {
    return null;
  }
}

export function closeAudio(audio: AudioContext | null): null {
  void audio?.close().catch(() => undefined);
  return null;
}

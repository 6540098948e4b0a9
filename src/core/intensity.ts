/** The intensity band a colour ramp uses: 1 (0–3), 2 (4–6), 3 (7–10). (Its own module: a picture of the body draws bands without the selection model.) */
export function intensityBand(intensity: number): 1 | 2 | 3 {
  return intensity <= 3 ? 1 : intensity <= 6 ? 2 : 3;
}

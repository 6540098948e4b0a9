export { controlStyles } from './body-map-controls.styles.js';
import { html, nothing } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import { regionName } from '../../data/regions.js';
import { INTENSITY, SYMPTOMS, type RegionSelection, type Symptom } from '../../core/selection.js';

export interface PanelOptions {
  /** The region the panel is for. */
  entry: RegionSelection;
  intensity: boolean;
  symptoms: boolean;
  /** Shown, not changeable (readonly, disabled, or a disabled region). */
  locked: boolean;
  /** The slider moved (`input`) or was let go (`change`). */
  setIntensity(intensity: number, type: 'input' | 'change'): void;
  toggleSymptom(symptom: Symptom): void;
}

/** Intensity (a 0–10 slider) and symptoms (checkboxes) for the region just chosen. */
export function renderPanel(o: PanelOptions) {
  const { entry, locked } = o;
  const name = regionName(entry.region);
  const symptomNames: Record<Symptom, string> = {
    aching: msg('Aching', { id: 'body-map.symptom.aching' }),
    burning: msg('Burning', { id: 'body-map.symptom.burning' }),
    tingling: msg('Tingling', { id: 'body-map.symptom.tingling' }),
    numb: msg('Numb', { id: 'body-map.symptom.numb' }),
  };
  const slide = (type: 'input' | 'change') => (e: Event) => o.setIntensity(Number((e.target as HTMLInputElement).value), type);
  return html`
    <div part="panel" class="panel" role="group" aria-label=${name}>
      <div class="panel-title">${name}</div>
      ${o.intensity
        ? html`<label class="slider"
            ><span>${msg('Intensity', { id: 'body-map.intensity' })}</span>
            <input
              type="range"
              min=${INTENSITY.min}
              max=${INTENSITY.max}
              step="1"
              .value=${String(entry.intensity)}
              ?disabled=${locked}
              aria-valuetext=${msg(str`${entry.intensity} of 10`, { id: 'body-map.intensity-value' })}
              @input=${slide('input')}
              @change=${slide('change')}
            /><output aria-hidden="true">${entry.intensity}</output></label
          >`
        : nothing}
      ${o.symptoms
        ? html`<fieldset class="symptoms">
            <legend>${msg('It feels', { id: 'body-map.symptoms' })}</legend>
            ${SYMPTOMS.map(
              (s) =>
                html`<label
                  ><input type="checkbox" .checked=${entry.symptoms?.includes(s) ?? false} ?disabled=${locked} @change=${() => o.toggleSymptom(s)} />${symptomNames[s]}</label
                >`,
            )}
          </fieldset>`
        : nothing}
    </div>
  `;
}

import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { KnotBodyMapEventMap } from 'knotkit';

@Component({
  selector: 'app-root',
  // <knot-…> tags are custom elements, not Angular components: Angular leaves them to the browser.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Where does it hurt?</h1>
      <knot-body-map view="front" (change)="onChange($event)"></knot-body-map>
      <p id="regions">Chosen: {{ regions().length ? regions().join(', ') : 'nothing yet' }}</p>

      <h2>Hold</h2>
      <button type="button" (click)="timer.start()">Start a 30-second hold</button>
      <!-- [duration] sets the element's property (a number); #timer is the element (a KnotHoldTimer). -->
      <knot-hold-timer
        #timer
        label="Upper trapezius"
        [duration]="30"
        [prepare]="5"
        (knot-start)="timerState.set('running')"
        (knot-complete)="timerState.set('done')"
      ></knot-hold-timer>
      <p id="timer">Timer: {{ timerState() }}</p>

      <knot-technique-card technique="upper-trapezius-pincer" heading-level="2"></knot-technique-card>
    </main>
  `,
})
export class App {
  protected readonly regions = signal<string[]>([]);
  protected readonly timerState = signal('not started');

  // Strict templates type $event from the element: (change) on <knot-body-map> is this CustomEvent.
  protected onChange({ detail }: KnotBodyMapEventMap['change']) {
    this.regions.set(detail.value.map((r) => r.region));
  }
}

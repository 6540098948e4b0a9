import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { NarrowController } from '../../src/internal/responsive.js';

class NarrowProbe extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  layout = new NarrowController(this, 400);
  renders = 0;
  protected override render() {
    this.renders++;
    return html`${this.layout.narrow ? 'narrow' : 'wide'}`;
  }
}
customElements.define('narrow-probe', NarrowProbe);

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};

describe('NarrowController', () => {
  it('follows the host across the breakpoint, rendering again only when it crosses', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 600px"><narrow-probe></narrow-probe></div>`);
    const el = holder.querySelector<NarrowProbe>('narrow-probe')!;
    await frames(3);
    expect(el.shadowRoot!.textContent).to.equal('wide');
    const renders = el.renders;
    holder.style.width = '500px';
    await frames(3);
    expect(el.renders).to.equal(renders, 'no render while still wide');
    holder.style.width = '300px';
    await frames(3);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('narrow');
    el.remove();
    holder.style.width = '600px';
    await frames(3);
    expect(el.layout.narrow).to.equal(true, 'a disconnected host is no longer observed');
  });
});

import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { RovingFocusController } from '../../src/internal/roving-focus.js';

const ITEMS = ['a', 'b', 'c', 'd'] as const;
type Item = (typeof ITEMS)[number];

/** A row of buttons with one tab stop: Left/Right step, Up/Down go nowhere. */
class RovingRow extends LitElement {
  preferred: Item[] = [];
  roving = new RovingFocusController<Item>(this, {
    items: () => ITEMS,
    next: (id, direction) => (direction === 'left' ? ITEMS[ITEMS.indexOf(id) - 1] : direction === 'right' ? ITEMS[ITEMS.indexOf(id) + 1] : undefined),
    element: (id) => this.renderRoot.querySelector(`#${id}`),
  });

  protected override render() {
    const stop = this.roving.stop(this.preferred);
    return html`${ITEMS.map(
      (id) =>
        html`<button
          id=${id}
          tabindex=${id === stop ? '0' : '-1'}
          @focus=${() => this.roving.focused(id)}
          @keydown=${(e: KeyboardEvent) => {
            if (!this.roving.keydown(e, id)) this.dataset.other = e.key;
          }}
        >
          ${id}
        </button>`,
    )}`;
  }
}
customElements.define('roving-row', RovingRow);

const stops = (el: RovingRow) => [...el.shadowRoot!.querySelectorAll('[tabindex="0"]')].map((b) => b.id);
const focused = (el: RovingRow) => el.shadowRoot!.activeElement?.id;

describe('RovingFocusController', () => {
  it('keeps one tab stop, first the preferred item; arrows, Home and End move it and the focus', async () => {
    const el = await fixture<RovingRow>(html`<roving-row .preferred=${['c' as Item]}></roving-row>`);
    expect(stops(el)).to.deep.equal(['c']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#c')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect([focused(el), ...stops(el)]).to.deep.equal(['d', 'd']);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowUp' });
    await elementUpdated(el);
    expect(focused(el)).to.equal('d', 'no item that way: focus stays');
    await sendKeys({ press: 'Home' });
    await elementUpdated(el);
    expect([focused(el), ...stops(el)]).to.deep.equal(['a', 'a']);
    await sendKeys({ press: 'End' });
    await elementUpdated(el);
    expect(focused(el)).to.equal('d');
    await sendKeys({ press: 'x' });
    expect(el.dataset.other).to.equal('x', 'other keys are left to the host');
  });

  it('gives the tab stop to an item focused another way', async () => {
    const el = await fixture<RovingRow>(html`<roving-row></roving-row>`);
    expect(stops(el)).to.deep.equal(['a']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#b')!.focus();
    await elementUpdated(el);
    expect(stops(el)).to.deep.equal(['b']);
  });
});

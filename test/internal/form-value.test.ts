import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { FormValueController } from '../../src/internal/form-value.js';

/** A form control whose value is a list of words, one form entry each. */
class WordsField extends LitElement {
  static formAssociated = true;
  static override properties = { name: {}, required: { type: Boolean }, words: { attribute: false } };
  name = '';
  required = false;
  words: string[] = [];
  form = new FormValueController(this, {
    entries: () => this.words,
    set: (words) => (this.words = words),
    missing: () => 'Choose a word.',
    anchor: () => this.anchor(),
  });
  anchor(): HTMLElement | undefined {
    return undefined;
  }
  formResetCallback() {
    this.form.reset();
  }
  formStateRestoreCallback(state: unknown) {
    this.form.restore(state);
  }
  formDisabledCallback(disabled: boolean) {
    this.form.disable(disabled);
  }
}
customElements.define('words-field', WordsField);

/** The same field drawing its own anchor for the browser's "please fill in" message. */
class AnchoredField extends WordsField {
  override anchor() {
    return this.renderRoot.querySelector<HTMLElement>('#anchor') ?? undefined;
  }
  protected override render() {
    return litHtml`<div id="anchor" tabindex="-1">words</div>`;
  }
}
customElements.define('anchored-field', AnchoredField);

describe('FormValueController', () => {
  it('submits one entry per item under the name, validates required, resets to the first value and restores', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><words-field name="w" required .words=${['a', 'b']}></words-field></form>`);
    const el = form.querySelector<WordsField>('words-field')!;
    await elementUpdated(el);
    expect(new FormData(form).getAll('w')).to.deep.equal(['a', 'b']);
    expect(el.form.internals!.form).to.equal(form);
    el.words = [];
    await elementUpdated(el);
    expect(new FormData(form).getAll('w')).to.deep.equal([]);
    expect(el.form.internals!.checkValidity()).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    form.reset();
    await elementUpdated(el);
    expect(el.words).to.deep.equal(['a', 'b']);
    expect(form.checkValidity()).to.equal(true);
    const state = new FormData();
    state.append('w', 'c');
    el.formStateRestoreCallback(state);
    expect(el.words).to.deep.equal(['c']);
  });

  it('submits nothing without a name, and knows when a fieldset disables it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><words-field .words=${['a']}></words-field></fieldset></form>`);
    const el = form.querySelector<WordsField>('words-field')!;
    await elementUpdated(el);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    form.querySelector('fieldset')!.disabled = true;
    await elementUpdated(el);
    expect(el.form.formDisabled).to.equal(true);
  });

  it('points the browser\'s message at the anchor drawn in the first render, which takes focus', async () => {
    const form = await fixture<HTMLFormElement>(html`<form action="javascript:void 0"><anchored-field name="w" required></anchored-field><button>Send</button></form>`);
    const el = form.querySelector<AnchoredField>('anchored-field')!;
    await elementUpdated(el);
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('anchor');
  });
});

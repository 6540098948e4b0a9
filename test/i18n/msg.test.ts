import { expect } from '@open-wc/testing';
import * as localize from '@lit/localize';
import { msg, str, updateWhenLocaleChanges } from '../../src/i18n/msg.js';

// src/i18n/msg.ts imports @lit/localize's functions from the modules that define them (the
// reason is there). If an update moves or copies them, this fails before a page does.
describe('@lit/localize deep imports', () => {
  it('are the very functions the package exports, from the exact version package.json pins', async () => {
    expect(msg).to.equal(localize.msg);
    expect(str).to.equal(localize.str);
    expect(updateWhenLocaleChanges).to.equal(localize.updateWhenLocaleChanges);
    const pinned = ((await (await fetch('/package.json')).json()) as { dependencies: Record<string, string> }).dependencies['@lit/localize'];
    expect(pinned, 'an exact version, not a range').to.match(/^\d+\.\d+\.\d+$/);
    const installed = ((await (await fetch('/node_modules/@lit/localize/package.json')).json()) as { version: string }).version;
    expect(installed).to.equal(pinned);
  });
});

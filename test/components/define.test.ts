import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.js';
import { VERSION } from '../../src/version.js';
import { captureWarnings } from '../helpers/fakes.js';

describe('define()', () => {
  it('skips a second registration with one warning naming both versions', () => {
    const capture = captureWarnings();
    try {
      class Another extends KnotHoldTimer {}
      (Another as unknown as { knotVersion: string }).knotVersion = '9.9.9';
      expect(() => define('knot-hold-timer', Another)).not.to.throw();
      define('knot-hold-timer', Another);
      expect(customElements.get('knot-hold-timer')).to.equal(KnotHoldTimer);
      expect(capture.warnings).to.deep.equal([
        `<knot-hold-timer>: already defined by knotkit ${VERSION}; skipped registering knotkit ${VERSION}. Load knotkit once per page.`,
      ]);
    } finally {
      capture.restore();
    }
  });

  it('registers a new tag once, silently', () => {
    const capture = captureWarnings();
    try {
      class Fresh extends HTMLElement {}
      define('knot-test-fresh', Fresh);
      define('knot-test-fresh', Fresh);
      expect(customElements.get('knot-test-fresh')).to.equal(Fresh);
      expect(capture.warnings).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

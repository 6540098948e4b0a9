import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import { KnotHoldTimer } from '../../src/components/hold-timer/hold-timer.js';
import { VERSION } from '../../src/version.js';
import { captureWarnings } from '../helpers/fakes.js';

/** What define() leaves on a class it registers: the knotkit version that registered it. */
const versionOf = (element: CustomElementConstructor) => (element as unknown as { knotVersion?: string }).knotVersion;

describe('define()', () => {
  it('stamps the class it registers with this knotkit version', () => {
    expect(customElements.get('knot-hold-timer')).to.equal(KnotHoldTimer);
    expect(versionOf(KnotHoldTimer)).to.equal(VERSION);
  });

  it('skips a second knotkit version with one warning naming both', () => {
    const capture = captureWarnings();
    try {
      // An older knotkit on the same page registered the tag first: its own define() stamped
      // its class with its version, as this one does.
      class FromOlderKnotkit extends HTMLElement {}
      (FromOlderKnotkit as unknown as { knotVersion: string }).knotVersion = '0.0.9';
      customElements.define('knot-test-versions', FromOlderKnotkit);
      class Ours extends HTMLElement {}
      expect(() => define('knot-test-versions', Ours)).not.to.throw();
      define('knot-test-versions', Ours);
      expect(customElements.get('knot-test-versions')).to.equal(FromOlderKnotkit);
      expect(versionOf(Ours)).to.equal(undefined);
      expect(capture.warnings).to.deep.equal([
        `<knot-test-versions>: already defined by knotkit 0.0.9; skipped registering knotkit ${VERSION}. Load knotkit once per page.`,
      ]);
    } finally {
      capture.restore();
    }
  });

  it('says so when the tag belongs to something that is not knotkit', () => {
    const capture = captureWarnings();
    try {
      class NotKnotkit extends HTMLElement {}
      customElements.define('knot-test-foreign', NotKnotkit);
      define('knot-test-foreign', class extends HTMLElement {});
      expect(capture.warnings).to.deep.equal([
        `<knot-test-foreign>: already defined by knotkit unknown (not knotkit); skipped registering knotkit ${VERSION}. Load knotkit once per page.`,
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
      expect(versionOf(Fresh)).to.equal(VERSION);
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

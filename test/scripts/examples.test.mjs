// scripts/examples.mjs's own logic, without installing or building the apps (`npm run examples`
// does that): how an app says where it is served, and what its server's HTML must hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { exampleOptions, serverMarkupProblems } from '../../scripts/examples.mjs';
import { renderFixture } from '../ssr/render.mjs';

test('an app is served from dist/ unless its package.json names a folder; SSR checks only when it says so', () => {
  assert.deepEqual(exampleOptions({ name: 'x' }), { serve: 'dist', ssr: false });
  assert.deepEqual(exampleOptions({ knotkitExample: { serve: 'out', ssr: true } }), { serve: 'out', ssr: true });
});

test('a server-rendered page passes; a client-only page and a page without the regions say what is missing', async () => {
  await renderFixture('hold-timer'); // registers the built elements on the server
  const page = (timer) =>
    `<!doctype html><main>${collectResultSync(render(html`<knot-body-map view="front"></knot-body-map>${timer}<knot-technique-card technique="upper-trapezius-pincer"></knot-technique-card>`))}</main>`;
  assert.deepEqual(serverMarkupProblems(page(html`<knot-hold-timer duration="30"></knot-hold-timer>`)), []);
  assert.deepEqual(serverMarkupProblems(page(html`<knot-hold-timer duration="45"></knot-hold-timer>`)), ['the timer does not show 0:30']);
  const clientOnly = '<knot-body-map view="front"></knot-body-map><knot-hold-timer duration="30"></knot-hold-timer><knot-technique-card></knot-technique-card>';
  assert.deepEqual(serverMarkupProblems(clientOnly), [
    '<knot-body-map> has no declarative shadow root',
    '<knot-hold-timer> has no declarative shadow root',
    '<knot-technique-card> has no declarative shadow root',
    'the timer does not show 0:30',
    'the map has 0 region paths',
  ]);
});

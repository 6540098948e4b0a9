// scripts/oembed.mjs: the oEmbed 1.0 response for an embed.html address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { oembed } from '../../scripts/oembed.mjs';

const BASE = 'https://cdn.jsdelivr.net/npm/knotkit@0.1/dist/cdn/embed.html';

test('a timer address gives a rich oEmbed 1.0 response with the README snippet', () => {
  const response = oembed(`${BASE}?widget=timer&duration=60&label=Upper%20trapezius&id=t1`);
  assert.deepEqual(response, {
    type: 'rich',
    version: '1.0',
    title: 'Hold timer: Upper trapezius',
    provider_name: 'knotkit',
    provider_url: 'https://github.com/knotkit/knotkit',
    html:
      '<iframe title="Hold timer: Upper trapezius" sandbox="allow-scripts" loading="lazy" height="340" style="width:100%;border:0" ' +
      `src="${BASE}?widget=timer&amp;duration=60&amp;label=Upper+trapezius&amp;id=t1"></iframe>`,
    width: 600,
    height: 340,
  });
});

test('each widget has its height; a compact card is shorter; maxwidth and maxheight cap', () => {
  const height = (query) => oembed(`${BASE}?${query}`).height;
  assert.equal(height('widget=map'), 900);
  assert.equal(height('widget=card&technique=x'), 600);
  assert.equal(height('widget=card&compact'), 270);
  assert.equal(height('widget=routine'), 600);
  assert.equal(height('widget=finder'), 600);
  assert.equal(oembed(`${BASE}?widget=finder`).title, 'Trigger point finder');
  const capped = oembed(`${BASE}?widget=map`, { maxwidth: '400', maxheight: 500 });
  assert.equal(capped.width, 400);
  assert.equal(capped.height, 500);
  assert.match(capped.html, / height="500" style="width:100%;max-width:400px;border:0" /);
});

test('a hostile label and hostile parameters reach the HTML only escaped or URL-encoded', () => {
  const hostile = '"><script>alert(1)</script><img src=x onerror=alert(2) \'';
  const q = new URLSearchParams({ widget: 'timer', label: hostile, '"><b': '<i>', style: 'x" onload="y' });
  const { html, title } = oembed(`${BASE}?${q}#"><svg onload=alert(3)>`);
  assert.equal(title, `Hold timer: ${hostile}`);
  assert.doesNotMatch(html, /<(script|img|b|i|svg)\b/);
  // Exactly the attributes the snippet has, whatever the address held (no onerror, no onload).
  const attributes = [...html.matchAll(/\s([a-z-]+)="[^"]*"/g)].map((m) => m[1]);
  assert.deepEqual(attributes, ['title', 'sandbox', 'loading', 'height', 'style', 'src']);
  assert.equal((html.match(/</g) ?? []).length, 2); // <iframe …></iframe>
  assert.ok(html.includes('title="Hold timer: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2) &#39;"'));
  const src = html.match(/src="([^"]*)"/)[1].replaceAll('&amp;', '&');
  assert.ok(!src.includes('#'), 'no fragment');
  assert.equal(new URL(src).searchParams.get('label'), hostile);
});

test('addresses that are not a knotkit embed, unknown widgets and bad sizes are refused', () => {
  for (const address of [
    'not a url',
    'javascript:alert(1)//embed.html?widget=timer',
    'data:text/html,embed.html?widget=timer',
    'https://example.com/index.html?widget=timer',
    'https://example.com/embed.html.evil?widget=timer',
    'https://example.com/notembed.html?widget=timer',
    'https://user:pw@example.com/embed.html?widget=timer',
    `${BASE}`,
    `${BASE}?widget=`,
    `${BASE}?widget=__proto__`,
    `${BASE}?widget=toString`,
    `${BASE}?widget=<script>`,
  ])
    assert.throws(() => oembed(address), Error, address);
  for (const maxwidth of ['0', '-5', '1.5', 'wide']) assert.throws(() => oembed(`${BASE}?widget=timer`, { maxwidth }), /maxwidth/);
});

test('the CLI prints the JSON and exits 1 on a bad address', () => {
  const out = execFileSync(process.execPath, ['scripts/oembed.mjs', `${BASE}?widget=card&compact`, '--maxwidth', '320'], { encoding: 'utf8' });
  const response = JSON.parse(out);
  assert.equal(response.type, 'rich');
  assert.equal(response.width, 320);
  assert.equal(response.height, 270);
  const bad = spawnSync(process.execPath, ['scripts/oembed.mjs', 'https://example.com/page.html?widget=timer'], { encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /not a knotkit embed\.html address/);
  assert.equal(bad.stdout, '');
});

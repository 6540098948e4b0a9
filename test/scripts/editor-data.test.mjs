// `npm run test:scripts` (part of `npm test`, after `npm run build`): the editor data the
// package ships, generated from custom-elements.json (scripts/lib/integrations.mjs), names
// every element, attribute, event, CSS custom property and CSS part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const names = (list) => (list ?? []).map((x) => x.name);

function shipped(entry) {
  const target = pkg.exports[entry];
  assert.equal(typeof target, 'string', `package.json exports ${entry}`);
  assert.ok(existsSync(target), `${target} is missing: run npm run build`);
  return JSON.parse(readFileSync(target, 'utf8'));
}

test('the manifest has the elements to check', () => {
  assert.ok(elements.length >= 5);
  for (const element of elements) assert.ok(element.attributes?.length && element.cssParts?.length, element.tagName);
});

test('VS Code HTML data: every element and each of its attributes', () => {
  const data = shipped('./vscode.html-custom-data.json');
  assert.equal(data.version, 1.1);
  for (const element of elements) {
    const tag = data.tags.find((t) => t.name === element.tagName);
    assert.ok(tag, element.tagName);
    assert.ok(tag.description.includes(element.summary ?? element.description), `${element.tagName} description`);
    for (const attribute of names(element.attributes)) assert.ok(names(tag.attributes).includes(attribute), `${element.tagName} ${attribute}`);
  }
  assert.deepEqual(data.tags.map((t) => t.name).sort(), elements.map((e) => e.tagName).sort());
});

test('VS Code CSS data: every CSS custom property and every part as ::part()', () => {
  const data = shipped('./vscode.css-custom-data.json');
  for (const element of elements) {
    for (const property of names(element.cssProperties)) assert.ok(names(data.properties).includes(property), `${element.tagName} ${property}`);
    for (const part of names(element.cssParts)) assert.ok(names(data.pseudoElements).includes(`::part(${part})`), `${element.tagName} ::part(${part})`);
  }
});

test('JetBrains web-types: every element with its attributes, events and source, every property and part; package.json names it', () => {
  assert.equal(pkg['web-types'], './dist/web-types.json');
  const data = shipped('./web-types.json');
  assert.equal(data.name, pkg.name);
  assert.equal(data.version, pkg.version);
  const { html, css } = data.contributions;
  assert.deepEqual(names(html.elements).sort(), elements.map((e) => e.tagName).sort());
  for (const element of elements) {
    const entry = html.elements.find((e) => e.name === element.tagName);
    assert.deepEqual(names(entry.attributes).sort(), names(element.attributes).sort(), `${element.tagName} attributes`);
    assert.deepEqual(names(entry.events).sort(), names(element.events).sort(), `${element.tagName} events`);
    assert.ok(pkg.exports[`./${entry.source.module.replace(/^knotkit\//, '')}`], `${element.tagName} source ${entry.source.module} is an export`);
    for (const property of names(element.cssProperties)) assert.ok(names(css.properties).includes(property), `${element.tagName} ${property}`);
    for (const part of names(element.cssParts)) assert.ok(names(css['pseudo-elements']).includes(`part(${part})`), `${element.tagName} ::part(${part})`);
  }
});

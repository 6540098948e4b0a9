import { expect } from '@open-wc/testing';
import { formEntries, fromFormEntries, intensityBand, parseHighlight, parseSelection, setIntensity, toggleRegion, toggleSymptom } from '../../src/core/selection.js';
import { REGIONS, REGION_IDS } from '../../src/data/region-list.js';

describe('body-map selection', () => {
  it('has at least 70 regions, each id unique, sided ones in pairs', () => {
    expect(REGIONS.length).to.be.at.least(70);
    expect(new Set(REGION_IDS).size).to.equal(REGION_IDS.length);
    for (const r of REGIONS.filter((x) => x.side === 'left')) expect(REGION_IDS).to.include(r.id.replace(/-left$/, '-right'));
  });

  it('reads objects, "region:intensity" strings and bare ids, from arrays or JSON', () => {
    expect(parseSelection([{ region: 'temple-left', intensity: 7 }, 'jaw-right:3', 'sacrum']).value).to.deep.equal([
      { region: 'temple-left', intensity: 7 },
      { region: 'jaw-right', intensity: 3 },
      { region: 'sacrum', intensity: 5 },
    ]);
    expect(parseSelection('[{"region":"heel-left","intensity":2,"symptoms":["burning","itchy"]}]').value).to.deep.equal([{ region: 'heel-left', intensity: 2, symptoms: ['burning'] }]);
  });

  it('drops unknown ids and reports them, keeps the first of duplicates, clamps intensity', () => {
    const parsed = parseSelection([{ region: 'temple-left', intensity: 99 }, { region: 'temple-left', intensity: 1 }, '<script>', { region: 'elbow' }, 'calf-right:-4', 'calf-left:abc']);
    expect(parsed.value).to.deep.equal([
      { region: 'temple-left', intensity: 10 },
      { region: 'calf-right', intensity: 0 },
      { region: 'calf-left', intensity: 5 },
    ]);
    expect(parsed.unknown).to.deep.equal(['<script>', 'elbow']);
  });

  it('reports malformed JSON and non-lists without throwing', () => {
    expect(parseSelection('[{"region":')).to.deep.equal({ value: [], unknown: [], problem: 'is not valid JSON' });
    expect(parseSelection('{"region":"sacrum"}').problem).to.equal('must be a list of regions');
    expect(parseSelection('')).to.deep.equal({ value: [], unknown: [] });
    expect(parseSelection(null)).to.deep.equal({ value: [], unknown: [] });
  });

  it('toggles in multiple and single mode and respects max', () => {
    const multiple = { multiple: true, max: 2 };
    let value = toggleRegion([], 'temple-left', multiple)!;
    value = toggleRegion(value, 'jaw-left', multiple)!;
    expect(value.map((v) => v.region)).to.deep.equal(['temple-left', 'jaw-left']);
    expect(toggleRegion(value, 'heel-left', multiple)).to.equal(null);
    expect(toggleRegion(value, 'temple-left', multiple)!.map((v) => v.region)).to.deep.equal(['jaw-left']);
    expect(toggleRegion(value, 'heel-left', { multiple: false, max: 0 })).to.deep.equal([{ region: 'heel-left', intensity: 5 }]);
  });

  it('sets intensity and symptoms on one region only', () => {
    const value = parseSelection(['temple-left:5', 'jaw-left:5']).value;
    expect(setIntensity(value, 'jaw-left', 12)).to.deep.equal([
      { region: 'temple-left', intensity: 5 },
      { region: 'jaw-left', intensity: 10 },
    ]);
    const withSymptom = toggleSymptom(value, 'temple-left', 'tingling');
    expect(withSymptom[0]).to.deep.equal({ region: 'temple-left', intensity: 5, symptoms: ['tingling'] });
    expect(toggleSymptom(withSymptom, 'temple-left', 'tingling')[0]).to.deep.equal({ region: 'temple-left', intensity: 5 });
  });

  it('serializes to one form entry per region and reads it back', () => {
    const value = parseSelection([{ region: 'temple-left', intensity: 7, symptoms: ['aching', 'numb'] }, 'sacrum:2']).value;
    const entries = formEntries(value);
    expect(entries).to.deep.equal(['temple-left:7:aching+numb', 'sacrum:2']);
    expect(fromFormEntries(entries)).to.deep.equal(value);
  });

  it('reads a highlight, dropping unknown ids and placing points without coordinates on the anchor', () => {
    const anchor = () => ({ x: 1, y: 2 });
    const parsed = parseHighlight('{"triggerPoints":[{"region":"calf-left","x":10,"y":20,"view":"back"},{"region":"sacrum"},{"region":"elbow"}],"referral":{"primary":["heel-left","<x>"]}}', anchor);
    expect(parsed.value).to.deep.equal({
      triggerPoints: [
        { region: 'calf-left', view: 'back', x: 10, y: 20 },
        { region: 'sacrum', view: 'back', x: 1, y: 2 },
      ],
      referral: { primary: ['heel-left'], secondary: [] },
    });
    expect(parsed.unknown).to.deep.equal(['elbow', '<x>']);
    expect(parseHighlight('{', anchor)).to.deep.equal({ value: {}, unknown: [], problem: 'is not valid JSON' });
    expect(parseHighlight(5, anchor).problem).to.equal('must be an object {triggerPoints, referral}');
    expect(parseHighlight(null, anchor)).to.deep.equal({ value: {}, unknown: [] });
  });

  it('bands intensities for the colour ramp', () => {
    expect([0, 3, 4, 6, 7, 10].map(intensityBand)).to.deep.equal([1, 1, 2, 2, 3, 3]);
  });
});

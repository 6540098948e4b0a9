import { expect } from '@open-wc/testing';
import { safeStore, readProgress, progressKey, type KeyValueStorage } from '../../src/core/storage.js';

class MapStorage implements KeyValueStorage {
  map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

describe('safe storage', () => {
  const key = progressKey('desk-neck', 1);
  const progress = { v: 1 as const, positionMs: 5_000, totalMs: 60_000, savedAt: 1 };

  it('saves under a namespaced, versioned key and reads it back', () => {
    const storage = new MapStorage();
    const store = safeStore(storage);
    expect(key).to.equal('knotkit:routine:desk-neck:f1');
    expect(store.write(key, progress)).to.equal(true);
    expect(JSON.parse(storage.map.get(key)!)).to.deep.equal(progress);
    expect(readProgress(safeStore(storage), key, 60_000)).to.deep.equal(progress);
  });

  it('keeps the session in memory when storage throws on read and on write', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const store = safeStore(broken);
    expect(store.write(key, progress)).to.equal(false);
    expect(store.read(key)).to.deep.equal(progress);
    store.remove(key);
    expect(store.read(key)).to.equal(undefined);
  });

  it('survives a full storage (quota exceeded)', () => {
    const full = new MapStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = safeStore(full);
    expect(store.write(key, progress)).to.equal(false);
    expect(readProgress(store, key, 60_000)).to.deep.equal(progress);
  });

  it('works with no storage at all (private mode, sandboxed frame)', () => {
    const store = safeStore(null);
    expect(store.write(key, progress)).to.equal(false);
    expect(store.read(key)).to.deep.equal(progress);
  });

  it('ignores and clears corrupt JSON, an older format, or progress for a changed routine', () => {
    const storage = new MapStorage();
    storage.setItem(key, '{"v":1,"positionMs":');
    expect(readProgress(safeStore(storage), key, 60_000)).to.equal(undefined);
    expect(storage.map.has(key)).to.equal(false);
    storage.setItem(key, JSON.stringify({ step: 2, side: 'left' })); // an old shape
    expect(readProgress(safeStore(storage), key, 60_000)).to.equal(undefined);
    expect(storage.map.has(key)).to.equal(false);
    storage.setItem(key, JSON.stringify(progress));
    expect(readProgress(safeStore(storage), key, 90_000)).to.equal(undefined);
  });
});

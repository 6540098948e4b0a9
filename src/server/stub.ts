/**
 * `#knotkit-server` in a browser (package.json "imports", condition `default`; the CDN build
 * aliases it): nothing. The elements load what they need on demand there (see `./index.ts`).
 */
import type * as server from './index.js';

export const checkTechnique: typeof server.checkTechnique | undefined = undefined;
export const figure: typeof server.figure | undefined = undefined;
export const regionPaths: typeof server.regionPaths | undefined = undefined;

/**
 * `#knotkit-server` on a server (package.json "imports", condition `node`): what an element
 * needs there to render in one pass, without waiting for a lazy module. The technique card
 * checks a technique object and draws its picture with these. A browser gets `./stub.ts`
 * instead (condition `default`; the CDN build aliases it), so it never downloads this.
 */
export { checkTechnique } from '../core/technique-check.js';
import * as figure from '../components/body-map/figure.js';
export { figure };
export { regionPaths } from './regions.js';

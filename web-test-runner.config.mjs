// @web/test-runner: every test runs in headless Chromium (Debian's, never a downloaded one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findBrowser } from './.ci/find-browser.mjs';
import { countReporter } from './test/helpers/count-reporter.mjs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const executablePath = findBrowser();

/**
 * `executeServerCommand('knot-media', [{ name: 'forced-colors', value: 'active' }])`: any CSS
 * media feature through Chrome's emulation (the stock emulateMedia command lacks
 * forced-colors for Chrome). An empty list resets; `{ type: 'print', features: [] }` emulates print.
 */
const cdpSessions = new WeakMap();
const mediaFeatures = {
  name: 'knot-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'knot-media') return undefined;
    const page = session.browser.getPage(session.id);
    const { features = [], type = '' } = Array.isArray(payload) ? { features: payload } : payload;
    // One CDP call for type and features together: each of puppeteer's two helpers resets the other.
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { media: type, features });
    return true;
  },
};

/**
 * `executeServerCommand('knot-ssr', 'body-map')`: a fixture's server-rendered markup
 * (test/ssr/render.mjs, from the built dist/), rendered in a child process so that this
 * process never gets @lit-labs/ssr's DOM shim globals.
 */
const ssr = {
  name: 'knot-ssr',
  async executeCommand({ command, payload }) {
    if (command !== 'knot-ssr') return undefined;
    const { stdout } = await promisify(execFile)(process.execPath, ['test/ssr/render.mjs', String(payload)], { maxBuffer: 1 << 24 });
    return stdout;
  },
};

/**
 * `#knotkit-server` (package.json "imports") in src code under test is the browser's stub, as in
 * an app's browser bundle: src/server/stub.ts (not dist/, which may be missing or stale).
 */
const serverStub = {
  name: 'knot-server-stub',
  resolveImport({ source }) {
    return source === '#knotkit-server' ? '/src/server/stub.ts' : undefined;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Lit's dev build (more checks) announces itself in every file; that line is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // One page at a time: Chrome pauses animation frames in a background tab, and fixtures wait for frames.
  concurrency: 1,
  plugins: [mediaFeatures, ssr, serverStub, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
      },
    }),
  ],
  testFramework: { config: { timeout: 5000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
  coverageConfig: {
    include: ['src/core/**/*.ts', 'src/components/**/*.ts'],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 75 },
  },
};

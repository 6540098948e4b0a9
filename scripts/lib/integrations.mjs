// Framework template types and editor data, generated from custom-elements.json by the
// maintained manifest generators (analyzer plugins, run by custom-elements-manifest.config.mjs):
// - dist/types/{jsx,vue,svelte,solid}.d.ts: `knotkit/jsx`, `knotkit/vue`, `knotkit/svelte`, `knotkit/solid`;
// - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json (VS Code `html.customData`,
//   `css.customData`) and dist/web-types.json (JetBrains, package.json `web-types`).
// The generators get a copy of the manifest shaped the way they read it (see `forGenerators`);
// custom-elements.json itself is not changed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { SOURCE } from './shipped.mjs';

export const TYPES_DIR = 'dist/types';
export const DATA_DIR = 'dist';

/** Each generated file, by the package.json export that names it. */
export const OUTPUTS = {
  './jsx': `${TYPES_DIR}/jsx.d.ts`,
  './vue': `${TYPES_DIR}/vue.d.ts`,
  './svelte': `${TYPES_DIR}/svelte.d.ts`,
  './solid': `${TYPES_DIR}/solid.d.ts`,
  './vscode.html-custom-data.json': `${DATA_DIR}/vscode.html-custom-data.json`,
  './vscode.css-custom-data.json': `${DATA_DIR}/vscode.css-custom-data.json`,
  './web-types.json': `${DATA_DIR}/web-types.json`,
};

/** `dist/hold-timer.component.js` (a manifest module) → `./components/hold-timer/hold-timer.component.js` (from dist/types). */
export function typesModule(modulePath) {
  const source = SOURCE.get(modulePath);
  if (!source) throw new Error(`${modulePath}: no package.json export gives its types`);
  return `./${posix.relative('src', source).replace(/\.ts$/, '.js')}`;
}

/**
 * The generators write `CustomEvent<${event.type.text}>` and import the names they find in
 * the type from the element's module, once per element (so a detail type two elements share
 * would be imported twice). The manifest says `CustomEvent<KnotPhaseDetail>` (what
 * `addEventListener` gets), so the copy they read says `import("./components/…").KnotPhaseDetail`:
 * nothing to import, and `e.detail` is typed. Read-only fields (`state`, `selection`) are not
 * settable, so they are no template property.
 */
export function forGenerators(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const element of (mod.declarations ?? []).filter((d) => d.customElement)) {
      const from = typesModule(mod.path);
      element.members = element.members?.filter((m) => !(m.kind === 'field' && m.readonly));
      for (const event of element.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
        if (!detail) throw new Error(`<${element.tagName}> ${event.name}: give its type as CustomEvent<DetailType> (@fires {CustomEvent<…>})`);
        event.type = { text: detail === 'void' ? 'undefined' : `import("${from}").${detail}` };
      }
    }
  }
  return copy;
}

/** The generators as analyzer plugins, run after knotkit's own on the finished manifest. */
export function integrations({ hideLogs = true } = {}) {
  const file = (key) => posix.basename(OUTPUTS[key]);
  return {
    name: 'knotkit-integrations',
    packageLinkPhase({ customElementsManifest }) {
      const typesModuleOf = new Map(); // class name → its module, from dist/types
      for (const mod of customElementsManifest.modules) for (const d of mod.declarations ?? []) if (d.customElement) typesModuleOf.set(d.name, typesModule(mod.path));
      // The generators write into a scratch folder; each file then replaces its dist/ copy in
      // one rename, and only when it changed, so a reader (test/scripts/types.test.mjs, while
      // generators.test.mjs re-runs the analyzer beside it) never sees a half-written file.
      mkdirSync(DATA_DIR, { recursive: true });
      const scratch = mkdtempSync(join(DATA_DIR, '.integrations-'));
      const staged = { [TYPES_DIR]: join(scratch, 'types'), [DATA_DIR]: join(scratch, 'data') };
      const common = { outdir: staged[TYPES_DIR], componentTypePath: (name) => typesModuleOf.get(name), hideLogs };
      // Template types: they read the generators' copy (`forGenerators`).
      const typePlugins = [
        customElementJsxPlugin({ ...common, fileName: file('./jsx') }),
        customElementVuejsPlugin({ ...common, fileName: file('./vue') }),
        customElementSveltePlugin({ ...common, fileName: file('./svelte') }),
        customElementSolidJsPlugin({ ...common, fileName: file('./solid') }),
      ];
      // Editor data: shown to people, so the events keep the manifest's own types (`CustomEvent<KnotPhaseDetail>`).
      const editorPlugins = [
        customElementVsCodePlugin({ outdir: staged[DATA_DIR], htmlFileName: file('./vscode.html-custom-data.json'), cssFileName: file('./vscode.css-custom-data.json'), hideLogs }),
        // packageJson: false: the plugin would otherwise rewrite package.json (which names web-types.json already).
        // Each element's `source` is the export that defines it (`knotkit/hold-timer.component.js`).
        customElementJetBrainsPlugin({
          outdir: staged[DATA_DIR],
          webTypesFileName: file('./web-types.json'),
          packageJson: false,
          modulePathTemplate: (_name, modulePath) => `knotkit/${posix.relative(DATA_DIR, modulePath)}`,
          hideLogs,
        }),
      ];
      try {
        const copy = forGenerators(customElementsManifest);
        for (const plugin of typePlugins) plugin.packageLinkPhase({ customElementsManifest: structuredClone(copy) });
        for (const plugin of editorPlugins) plugin.packageLinkPhase({ customElementsManifest: structuredClone(customElementsManifest) });
        for (const [dir, from] of Object.entries(staged)) {
          mkdirSync(dir, { recursive: true });
          for (const name of readdirSync(from)) {
            const target = join(dir, name);
            if (!existsSync(target) || readFileSync(target, 'utf8') !== readFileSync(join(from, name), 'utf8')) renameSync(join(from, name), target);
          }
        }
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}

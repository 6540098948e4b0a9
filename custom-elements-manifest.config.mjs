// Generates custom-elements.json from the elements' JSDoc (`npm run analyze`, part of `npm run
// generate` and the build). The plugins below correct what the analyzer gets wrong for knotkit,
// so every reader (editors, Storybook, scripts/react-wrappers.mjs, frameworks) gets the same,
// right manifest:
// - `defineCalls`: elements register through knotkit's own `define(tag, Class)`, which the
//   analyzer does not know; each call becomes a `custom-element-definition` export.
// - `publicApi`: only the public API: no private, protected, static, `_`-prefixed or
//   `@internal` members, and no event the analyzer guessed from a `new CustomEvent(type)` whose
//   name is a variable (the phantom `type` event); any other event must be documented (@fires).
// - `shippedPaths`: module paths name the files the package ships (`dist/hold-timer.js`, as in
//   package.json's exports), not the sources.
// - `constantDefaults`: a default taken from a named constant (`duration = HOLD_SECONDS.default`)
//   is written as its value (`60`); the analyzer leaves it out.
// - `integrations` (scripts/lib/integrations.mjs): the framework template types and the editor
//   data, from the finished manifest, by the maintained generators.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { SHIPPED } from './scripts/lib/shipped.mjs';
import { integrations } from './scripts/lib/integrations.mjs';

/** `./x.js` imported by `src/a/b.ts` → `src/a/x.ts`. */
const sourceOf = (from, specifier) => posix.join(posix.dirname(from), specifier).replace(/\.js$/, '.ts');

const hasJsDocTag = (ts, node, tag) => ts.getJSDocTags(node).some((t) => t.tagName.text === tag);

/** `define('knot-x', KnotX)` (src/internal/define.ts) → a custom-element-definition export. */
export function defineCalls() {
  let imports = new Map();
  return {
    name: 'knotkit-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isSourceFile(node)) {
        imports = new Map();
        for (const statement of node.statements) {
          const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
          if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) imports.set(e.name.text, statement.moduleSpecifier.text);
        }
      }
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      if (!imports.get('define')?.endsWith('/internal/define.js')) return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) throw new Error(`${moduleDoc.path}: define() needs a literal tag name and a class`);
      const from = imports.get(element.text);
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module: from ? sourceOf(moduleDoc.path, from) : moduleDoc.path } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => [`${m.path}#${d.name}`, d]));
      const byRef = new Map(classes);
      for (const definition of customElementsManifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition')) {
        const element = byRef.get(`${definition.declaration.module?.replace(/^\//, '')}#${definition.declaration.name}`);
        if (!element) throw new Error(`<${definition.name}>: class ${definition.declaration.name} is not in the analyzed modules`);
        if (element.tagName && element.tagName !== definition.name) throw new Error(`${element.name}: @tagname ${element.tagName} but define('${definition.name}')`);
        element.tagName = definition.name;
        element.customElement = true;
      }
    },
  };
}

/** Only the public API of each element; undocumented events fail the analysis. */
export function publicApi() {
  const internal = new Set(); // `Class#member` marked @internal
  const phantom = new Set(); // `Class#name` of events dispatched with a variable as their type
  return {
    name: 'knotkit-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const klass = node.name.text;
      for (const member of node.members) if (member.name && hasJsDocTag(ts, member, 'internal')) internal.add(`${klass}#${member.name.getText()}`);
      const visit = (child) => {
        if (ts.isNewExpression(child) && /Event$/.test(child.expression.getText()) && child.arguments?.[0] && ts.isIdentifier(child.arguments[0])) phantom.add(`${klass}#${child.arguments[0].text}`);
        ts.forEachChild(child, visit);
      };
      visit(node);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const element of customElementsManifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement)) {
        const hidden = (m) => m.privacy === 'private' || m.privacy === 'protected' || m.static || /^[_#]/.test(m.name) || internal.has(`${element.name}#${m.name}`);
        const gone = new Set((element.members ?? []).filter(hidden).map((m) => m.name));
        element.members = element.members?.filter((m) => !gone.has(m.name));
        element.attributes = element.attributes?.filter((a) => !gone.has(a.fieldName) && !/^_/.test(a.name));
        element.events = element.events?.filter((e) => e.description || !phantom.has(`${element.name}#${e.name}`));
        const undocumented = element.events?.filter((e) => !e.description).map((e) => e.name) ?? [];
        if (undocumented.length) throw new Error(`<${element.tagName}>: document ${undocumented.join(', ')} with @fires`);
      }
    },
  };
}

/** Module paths and references → the files the package ships (references elsewhere keep their name only). */
export function shippedPaths() {
  return {
    name: 'knotkit-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const shipped = (path) => SHIPPED.get(path.replace(/^\//, '').replace(/\.js$/, '.ts'));
      const relink = (value, from) => {
        if (Array.isArray(value)) return value.forEach((v) => relink(v, from));
        if (!value || typeof value !== 'object') return;
        // `export * from './x.js'` comes as a relative "package": a module of this package.
        if (typeof value.package === 'string' && value.package.startsWith('.')) {
          value.module = sourceOf(from, value.package);
          delete value.package;
        }
        if (typeof value.module === 'string') {
          const file = shipped(value.module);
          if (file) value.module = file;
          else delete value.module;
        }
        for (const v of Object.values(value)) relink(v, from);
      };
      for (const mod of customElementsManifest.modules) {
        const file = shipped(mod.path);
        if (!file) throw new Error(`${mod.path} is analyzed but the package does not ship it: add it to package.json's exports`);
        relink(mod.declarations, mod.path);
        relink(mod.exports, mod.path);
        mod.path = file;
      }
    },
  };
}

/** A literal's value as manifest text (`60`, `'beep'`), or undefined for anything else. */
function literalText(ts, node) {
  if (ts.isNumericLiteral(node)) return String(Number(node.text));
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return String(-Number(node.operand.text));
  if (ts.isStringLiteral(node)) return `'${node.text}'`;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return 'true';
  if (node.kind === ts.SyntaxKind.FalseKeyword) return 'false';
  return undefined;
}

/** `export const NAME = { key: literal, … }` in a source file → Map(`NAME.key` → text). */
function objectConstants(ts, path) {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const constants = new Map();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || !decl.initializer || !ts.isObjectLiteralExpression(decl.initializer)) continue;
      for (const prop of decl.initializer.properties) {
        const value = ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.name) ? literalText(ts, prop.initializer) : undefined;
        if (value !== undefined) constants.set(`${decl.name.text}.${prop.name.text}`, value);
      }
    }
  }
  return constants;
}

/** `duration = HOLD_SECONDS.default` (imported from src/core/limits.ts) → default `60`, on the field and its attribute. */
export function constantDefaults() {
  const found = new Map(); // `Class#field` → default text
  const constants = new Map(); // source file → its object constants
  const constantsOf = (ts, path) => {
    if (!constants.has(path)) constants.set(path, existsSync(path) ? objectConstants(ts, path) : new Map());
    return constants.get(path);
  };
  let imports = new Map(); // local name → source file
  return {
    name: 'knotkit-constant-defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isSourceFile(node)) {
        imports = new Map();
        for (const statement of node.statements) {
          const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
          if (bindings && ts.isNamedImports(bindings) && statement.moduleSpecifier.text.startsWith('.')) {
            for (const e of bindings.elements) imports.set(e.name.text, sourceOf(moduleDoc.path, statement.moduleSpecifier.text));
          }
        }
      }
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const init = ts.isPropertyDeclaration(member) ? member.initializer : undefined;
        if (!init || !ts.isPropertyAccessExpression(init) || !ts.isIdentifier(init.expression)) continue;
        const from = imports.get(init.expression.text);
        const value = from ? constantsOf(ts, from).get(init.getText()) : undefined;
        if (value !== undefined) found.set(`${node.name.text}#${member.name.getText()}`, value);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const d of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const m of d.members ?? []) if (m.default === undefined && found.has(`${d.name}#${m.name}`)) m.default = found.get(`${d.name}#${m.name}`);
        for (const a of d.attributes ?? []) if (a.default === undefined && found.has(`${d.name}#${a.fieldName}`)) a.default = found.get(`${d.name}#${a.fieldName}`);
      }
    },
  };
}

/** Each element's class module and the module that registers it (`src/components/x/x.ts`). */
const components = readdirSync('src/components').flatMap((name) => [`src/components/${name}/${name}.component.ts`, `src/components/${name}/${name}.ts`]);

export default {
  globs: components,
  outdir: '.',
  // package.json names the manifest itself; the analyzer would rewrite it for another --outdir.
  packagejson: false,
  litelement: true,
  plugins: [defineCalls(), publicApi(), constantDefaults(), shippedPaths(), integrations()],
};

import { defineConfig, type Plugin } from 'vite';
import { readFileSync, readdirSync } from 'node:fs';

/** Ships src/themes/*.css as dist/themes/*.css (optional page-wide token files). */
function themes(): Plugin {
  return {
    name: 'knotkit-themes',
    generateBundle() {
      for (const file of readdirSync('src/themes')) {
        this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(`src/themes/${file}`, 'utf8') });
      }
    },
  };
}

/**
 * Squeezes the whitespace out of Lit's css`` and html``/svg`` templates in knotkit's own
 * sources (the JS minifier leaves template text alone). CSS loses comments and the spaces
 * around { } ; , and after ':'; markup collapses line breaks and indents to one space.
 * Expressions inside ${…} are scanned as code, nested templates included.
 */
const TAGS = /(?:^|[^\w$.])(css|html|svg)\s*$/;

function squeezeCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function squeezeMarkup(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function minifyTemplates(code: string): string {
  let out = '';
  let i = 0;

  function skipString(quote: string) {
    const start = i++;
    while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
    i++;
    out += code.slice(start, i);
  }

  function scanCode(untilBrace: boolean) {
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      const next = code[i + 1];
      if (c === '/' && next === '/') {
        const end = code.indexOf('\n', i);
        const stop = end === -1 ? code.length : end;
        out += code.slice(i, stop);
        i = stop;
      } else if (c === '/' && next === '*') {
        const stop = code.indexOf('*/', i + 2) + 2;
        out += code.slice(i, stop);
        i = stop;
      } else if (c === '"' || c === "'") {
        skipString(c);
      } else if (c === '`') {
        const tag = TAGS.exec(out)?.[1];
        out += '`';
        i++;
        scanTemplate(tag);
      } else if (c === '{') {
        depth++;
        out += c;
        i++;
      } else if (c === '}') {
        if (untilBrace && depth === 0) return;
        depth--;
        out += c;
        i++;
      } else {
        out += c;
        i++;
      }
    }
  }

  function scanTemplate(tag: string | undefined) {
    let text = '';
    const flush = () => {
      out += tag === 'css' ? squeezeCss(text) : tag ? squeezeMarkup(text) : text;
      text = '';
    };
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += '`';
        i++;
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        scanCode(true);
        out += '}';
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
  }

  scanCode(false);
  return out;
}

function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'knotkit-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/generated/')) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}

/** npm entries: each becomes `dist/<name>.js`; modules are kept apart so apps tree-shake. */
const NPM_ENTRIES = {
  index: 'src/index.ts',
  'hold-timer': 'src/components/hold-timer/hold-timer.ts',
  'hold-timer.component': 'src/components/hold-timer/hold-timer.component.ts',
  i18n: 'src/i18n/localization.ts',
};

/** CDN entries: lit bundled, one file per element plus everything, shared chunks split. */
const CDN_ENTRIES = {
  knotkit: 'src/cdn/knotkit.ts',
  'hold-timer': 'src/cdn/hold-timer.ts',
  loader: 'src/cdn/loader.ts',
};

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: cdn ? [minifyTemplatesPlugin()] : [minifyTemplatesPlugin(), themes()],
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: cdn ? true : false,
      sourcemap: true,
      minify: cdn,
      manifest: cdn,
      copyPublicDir: false,
      lib: {
        entry: cdn ? CDN_ENTRIES : NPM_ENTRIES,
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: cdn ? [] : [/^lit(\/.*)?$/, /^@lit\//],
        output: cdn
          ? { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' }
          : { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});

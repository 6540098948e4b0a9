// create-next-app's ESLint setup: `next build` lints the pages with Next's rules. (This file
// also keeps the linting inside this folder: ESLint uses the nearest config.)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlatCompat } from '@eslint/eslintrc';

const compat = new FlatCompat({ baseDirectory: dirname(fileURLToPath(import.meta.url)) });

const config = [...compat.extends('next/core-web-vitals'), { ignores: ['.next/**', 'out/**'] }];

export default config;

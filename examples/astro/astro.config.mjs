import { defineConfig } from 'astro/config';

// A static site (Astro's default): each page is rendered once, at build time.
export default defineConfig({});

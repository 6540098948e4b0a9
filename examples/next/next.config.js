import litSSR from '@lit-labs/nextjs';

// withLitSSR renders Lit elements' shadow roots on the server (through @lit-labs/ssr-react)
// and loads Lit's hydration support in the browser, before the page's own modules.
const withLitSSR = litSSR();

/** @type {import('next').NextConfig} */
export default withLitSSR({
  // A static site: `next build` renders the pages once and writes them to out/.
  output: 'export',
  reactStrictMode: true,
});

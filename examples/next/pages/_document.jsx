import { Head, Html, Main, NextScript } from 'next/document';

// The page's language (the `i18n` setting, which would set it, does not work with `output: 'export'`).
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}

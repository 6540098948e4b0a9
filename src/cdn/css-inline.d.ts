// Vite turns `import text from './file.css?inline'` into the file's minified CSS as a string.
declare module '*.css?inline' {
  const css: string;
  export default css;
}

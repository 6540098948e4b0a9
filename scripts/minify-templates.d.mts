import type { minifyHTMLLiterals } from 'minify-literals';
export function minifyTemplates(code: string, id: string): Promise<{ code: string; map: NonNullable<Awaited<ReturnType<typeof minifyHTMLLiterals>>>['map'] } | null>;

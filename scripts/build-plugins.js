// A Vite plugin for production bundles: removes the layout whitespace and comments inside lit's
// html`` and css`` templates (esbuild's minifier leaves template strings as written).
import { minifyHTMLLiterals } from 'minify-literals';

/** @returns {import('vite').Plugin} */
export function minifyTemplates() {
  return {
    name: 'reach-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every
 * function in a file that starts with it is compiled eagerly, on a background thread while the
 * file streams in, instead of lazily on the main thread the first time it is called. The app's
 * first render calls most of the code on its path, and that lazy compilation was a large part of
 * the long task that mounts a page (bench/lighthouse.mjs, docs/performance.md). Only the chunks
 * a respondent's pages run on load get it: eager compilation of code that is never called would
 * cost memory and background CPU for nothing.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What this needs of a rendered chunk (Rollup's and Rolldown's `RenderedChunk`). */
export interface ChunkNode {
  fileName: string;
  isEntry: boolean;
  /** Ids of the modules bundled into it (a shared chunk has no facade module of its own). */
  moduleIds: readonly string[];
  /** File names of the chunks it imports statically (loaded and run with it). */
  imports: readonly string[];
}

/**
 * The chunks to hint: the entry, the chunks that bundle one of `modules` (matched by the end of
 * the module id), and every chunk those import statically, however deep.
 */
export function chunksRunOnLoad(chunks: Iterable<ChunkNode>, modules: readonly string[]): Set<string> {
  const byName = new Map<string, ChunkNode>();
  for (const chunk of chunks) byName.set(chunk.fileName, chunk);
  const selected = new Set<string>();
  const visit = (fileName: string): void => {
    if (selected.has(fileName)) return;
    const chunk = byName.get(fileName);
    if (!chunk) return;
    selected.add(fileName);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const chunk of byName.values()) {
    const named = chunk.moduleIds.some((id) => {
      const file = id.split('?')[0]!;
      return modules.some((module) => file.endsWith(module));
    });
    if (chunk.isEntry || named) visit(chunk.fileName);
  }
  return selected;
}

/**
 * Starts the chunks that run when `modules` load with the compile hint, in the files as written
 * (`writeBundle`): earlier, minification drops the comment, Vite puts code of its own above it in
 * the entry, and Rolldown computes the output's `postBanner` before the chunk graph is known. So
 * the hint is not part of the file names' content hash; it depends only on the chunk graph, which
 * the hash covers.
 */
export function compileHints(modules: readonly string[]): Plugin {
  return {
    name: 'omcheck:compile-hints',
    // The browser's build only: the landing page's server-side render runs in Node.
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    enforce: 'post',
    writeBundle(options, bundle) {
      if (!options.dir) throw new Error('compile hints need the output directory (build.outDir)');
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      for (const fileName of chunksRunOnLoad(chunks, modules)) {
        const file = path.join(options.dir, fileName);
        fs.writeFileSync(file, COMPILE_HINT + fs.readFileSync(file, 'utf8'));
      }
    },
  };
}

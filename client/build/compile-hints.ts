import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every
 * function in a file that starts with it is compiled eagerly, on a background thread while the
 * file streams in, instead of lazily on the main thread the first time it is called. The app's
 * first render calls most of the code on its path, and that lazy compilation was a large part of
 * the long task that mounts a page (docs/performance.md). Only the chunks a respondent's pages
 * run on load get it: eager compilation of code that is never called would cost memory and
 * background CPU for nothing.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What this needs of a chunk (Rolldown's `RenderedChunk` and `OutputChunk` both have it). */
export interface ChunkNode {
  fileName: string;
  isEntry: boolean;
  /** Ids of the modules bundled into it (a shared chunk has no facade module of its own). */
  moduleIds: readonly string[];
  /** File names of the chunks it imports statically (loaded and run with it). */
  imports: readonly string[];
}

/** True when the module id (without its query) is the module `name` ends a path with. */
export const isModule = (id: string, name: string): boolean => id.split('?')[0]!.endsWith(name);

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
    if (chunk.isEntry || chunk.moduleIds.some((id) => modules.some((name) => isModule(id, name)))) visit(chunk.fileName);
  }
  return selected;
}

/** The names in `modules` that no chunk bundles: a page moved or renamed would lose its hint unseen. */
export function modulesInNoChunk(chunks: Iterable<ChunkNode>, modules: readonly string[]): string[] {
  const ids = [...chunks].flatMap((chunk) => chunk.moduleIds);
  return modules.filter((name) => !ids.some((id) => isModule(id, name)));
}

/**
 * Starts the chunks that run when `modules` load with the compile hint. The chunks are picked
 * once the graph is known (`renderChunk`), counted into their file names' content hash
 * (`augmentChunkHash`: a file that gains or loses the hint gets a new name, so a browser's
 * year-long cache never keeps the other version), and the comment is put first in the file
 * after everything else has written to it (`generateBundle`, last): earlier, minification drops
 * it and Vite puts code of its own above it in the entry.
 */
export function compileHints(modules: readonly string[]): Plugin {
  let hinted: Set<string> | null = null;
  return {
    name: 'omcheck:compile-hints',
    // The browser's build only: the landing page's server-side render runs in Node.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    renderStart() {
      hinted = null;
    },
    renderChunk(_code, _chunk, _options, meta) {
      if (hinted) return null;
      const chunks = Object.values(meta.chunks);
      const missing = modulesInNoChunk(chunks, modules);
      if (missing.length > 0) this.error(`compile hints: no chunk bundles ${missing.join(', ')}; update the list in vite.config.ts`);
      hinted = chunksRunOnLoad(chunks, modules);
      return null;
    },
    augmentChunkHash(chunk) {
      return hinted?.has(chunk.fileName) ? COMPILE_HINT : undefined;
    },
    generateBundle: {
      order: 'post',
      handler(options, bundle) {
        // The comment shifts every line by one, which a source map would not know.
        if (options.sourcemap) this.error('compile hints do not update source maps; turn one of them off');
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk' && hinted?.has(output.preliminaryFileName)) output.code = COMPILE_HINT + output.code;
        }
      },
    },
  };
}

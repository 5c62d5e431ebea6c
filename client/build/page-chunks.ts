/**
 * A chunk per page a respondent opens, and a few for what those pages share, instead of Rolldown's
 * automatic chunking, which splits code by the exact set of routes that use it: the results page
 * needed 11 small files beyond the entry before it could paint, the wizard 13. A phone's browser
 * opens at most six connections to our origin, and each file beyond those waits a round trip for
 * one to free up, 150 ms or more on a slow network (docs/performance.md, 2026-12-02). The grouping
 * follows the module graph: a module a page comes to import joins its chunk without anyone
 * updating a list.
 */

import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { isModule, modulesInNoChunk } from './compile-hints.ts';

/** The modules each page runs before it renders (its view and its route's `meta.prepare`), by page name. */
export type PageModules = Readonly<Record<string, readonly string[]>>;

export interface PageChunkOptions {
  pages: PageModules;
  /**
   * Chunks for code that only some pages share, by name: a module every page reaching it is in
   * one of these lists goes there rather than into the chunk all pages load.
   */
  sharedBy?: Readonly<Record<string, readonly string[]>>;
  /**
   * Indexes that re-export a package's modules (`export * from`). A page that imports a name
   * through one does not run every module behind it, so pages reach nothing through them: their
   * modules stay with automatic chunking, which knows which names are used. A page's own modules
   * import what they run from the module that has it (`@omcheck/shared/report/ladder`).
   */
  reexportIndexes?: (id: string) => boolean;
}

/** What this needs of a module in Rolldown's graph (its `ModuleInfo`). */
export interface ModuleNode {
  isEntry: boolean;
  /** Modules that import this one statically. */
  importers: readonly string[];
}

export type ModuleGraph = (id: string) => ModuleNode | null;

/** The chunk of the code shared by pages that no `sharedBy` list covers. */
export const SHARED_PAGE_CHUNK = 'respondent-shared';

/** The chunk of one page's own code. */
const pageChunk = (page: string): string => `${page}-page`;

/**
 * The pages whose modules reach `id` through static imports (not through a re-exporting index),
 * or null when the app's entry reaches it too, through anything (it loads with the entry, whatever
 * page opens).
 */
export function pagesReaching(id: string, graph: ModuleGraph, pages: PageModules, reexportIndexes: (id: string) => boolean = () => false): Set<string> | null {
  const reached = new Set<string>();
  // Each module is walked at most twice: reached directly, and through an index only.
  const seen = { direct: new Set<string>([id]), throughIndex: new Set<string>() };
  const queue: { id: string; throughIndex: boolean }[] = [{ id, throughIndex: false }];
  while (queue.length > 0) {
    const current = queue.shift()!;
    const node = graph(current.id);
    if (!node) continue;
    if (node.isEntry) return null;
    if (!current.throughIndex) {
      for (const [page, modules] of Object.entries(pages)) {
        if (modules.some((name) => isModule(current.id, name))) reached.add(page);
      }
    }
    const throughIndex = current.throughIndex || reexportIndexes(current.id);
    for (const importer of node.importers) {
      if (seen.direct.has(importer) || (throughIndex && seen.throughIndex.has(importer))) continue;
      (throughIndex ? seen.throughIndex : seen.direct).add(importer);
      queue.push({ id: importer, throughIndex });
    }
  }
  return reached;
}

/**
 * The chunk `id` goes into: its page's when one page reaches it, the first `sharedBy` chunk whose
 * pages include every page reaching it, otherwise the shared one; null (automatic chunking) when
 * no page reaches it or the entry does.
 */
export function pageChunkOf(id: string, graph: ModuleGraph, { pages, sharedBy = {}, reexportIndexes }: PageChunkOptions): string | null {
  const reaching = pagesReaching(id, graph, pages, reexportIndexes);
  if (!reaching || reaching.size === 0) return null;
  if (reaching.size === 1) return pageChunk([...reaching][0]!);
  const narrower = Object.entries(sharedBy).find(([, sharing]) => [...reaching].every((page) => sharing.includes(page)));
  return narrower ? narrower[0] : SHARED_PAGE_CHUNK;
}

/** Where the build writes which chunk bundles each source module (read by `scripts/build-manifest.mjs`). */
export const MODULE_CHUNKS_FILE = '.vite/module-chunks.json';

/**
 * Groups the browser build's code by page (see the top of this file) and writes
 * `MODULE_CHUNKS_FILE`: Vite's manifest names a chunk by its facade module only, and a page's
 * chunk has none.
 */
export function pageChunks(options: PageChunkOptions): Plugin {
  let root = process.cwd();
  return {
    name: 'omcheck:page-chunks',
    // The browser's build only: the landing page's server-side render runs in Node.
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              // Only the modules the rule picks: a page's chunk must not pull in what they
              // import from the entry (Vue, the router).
              includeDependenciesRecursively: false,
              groups: [{ name: (id: string, ctx: Rolldown.ChunkingContext) => pageChunkOf(id, (moduleId) => ctx.getModuleInfo(moduleId), options) }],
            },
          },
        },
      },
    }),
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      // A page moved or renamed would lose its chunk unseen.
      const missing = modulesInNoChunk(chunks, [...new Set(Object.values(options.pages).flat())]);
      if (missing.length > 0) this.error(`page chunks: no chunk bundles ${missing.join(', ')}; update the list in vite.config.ts`);
      const moduleChunks: Record<string, string> = {};
      for (const chunk of chunks) {
        for (const id of chunk.moduleIds) {
          // Source files only: not virtual modules (`\0…`) nor a `.vue` file's parts (`?vue&type=…`).
          if (id.startsWith('\0') || id.includes('?') || !path.isAbsolute(id)) continue;
          moduleChunks[path.relative(root, id).split(path.sep).join('/')] = chunk.fileName;
        }
      }
      this.emitFile({ type: 'asset', fileName: MODULE_CHUNKS_FILE, source: `${JSON.stringify(moduleChunks, null, 2)}\n` });
    },
  };
}

import path from 'node:path';

/**
 * Fewer requests before a respondent's page can render. Left to itself, the bundler gives every
 * set of pages that share a module a chunk of its own, and the console's many pages make many
 * such sets: the wizard needed 13 scripts beyond the entry and the results page 11, most under
 * 2 KB. On a slow phone network over HTTP/1.1 a browser opens at most six connections to a
 * host, so each six requests cost another round trip before the first paint
 * (docs/performance.md, 2026-12-02). Here the code that only the respondent's pages load
 * statically is grouped by which of those pages need it, whoever else imports it: each page
 * then loads its own chunk and the few it shares with the others.
 */

/** What this needs of the bundler's module graph. */
export interface ModuleGraph {
  /** The ids a module imports statically; null for an id the graph does not know. */
  importedIds(id: string): readonly string[] | null;
}

/**
 * The domain package (`@omcheck/shared`) is imported through index files that re-export all of
 * it, so its static closure is far more than a page runs; grouped here, its modules took code the
 * results page never uses into that page's chunk (4.4 KB more, docs/performance.md). The bundler
 * places them as before. They import nothing of the app, so no cycle can come of it.
 */
const isSharedPackage = (id: string): boolean => /[\\/]shared[\\/]src[\\/]/.test(id);

/** A module id without its query (`App.vue?vue&type=style…` is part of `App.vue`). */
const fileOf = (id: string): string => id.split('?')[0]!;

/** Every module the modules `roots` import statically, however deep, roots included. */
export function staticClosure(graph: ModuleGraph, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id)) continue;
    const imported = graph.importedIds(id);
    if (imported === null) continue;
    seen.add(id);
    pending.push(...imported);
  }
  return seen;
}

/**
 * The chunk name of each module a respondent's page loads statically beyond the entry:
 * `respondent-<pages>`, the pages (in the order given) that need it. Left out, so the bundler
 * places them as before: the entry's own modules (already loaded), the pages' own modules
 * (each stays the chunk the build manifest names for its page), the domain package's, and
 * whatever no such page loads statically (the parts a page loads later, the console). A module's dependencies are
 * needed by at least the same pages, so a group's chunk imports only the entry and groups of
 * more pages: no cycle between chunks, and each runs after what it imports.
 */
export function respondentChunkNames(graph: ModuleGraph, entry: string, pages: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const inEntry = staticClosure(graph, [entry]);
  const pageModules = new Set(Object.values(pages).flat());
  const neededBy = new Map<string, string[]>();
  for (const [page, modules] of Object.entries(pages)) {
    for (const id of staticClosure(graph, modules)) {
      if (inEntry.has(id) || pageModules.has(fileOf(id)) || isSharedPackage(id)) continue;
      neededBy.set(id, [...(neededBy.get(id) ?? []), page]);
    }
  }
  return new Map([...neededBy].map(([id, needing]) => [id, `respondent-${needing.join('-')}`]));
}

/** What the bundler's chunking passes to a group's `name` (Rolldown's `ChunkingContext`). */
export interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * A `codeSplitting` group's `name` for Rolldown: the chunk of each module as
 * `respondentChunkNames` decides, worked out once per build from the module graph. Paths are
 * relative to `root`. The group
 * must not pull its modules' dependencies in after them (`includeDependenciesRecursively:
 * false`): those already have their place, the entry's own among them.
 */
export function respondentChunkGroupName(root: string, entry: string, pages: Readonly<Record<string, readonly string[]>>): (id: string, ctx: ChunkingContext) => string | null {
  const fromRoot = (file: string): string => path.resolve(root, file);
  const pageIds = Object.fromEntries(Object.entries(pages).map(([page, modules]) => [page, modules.map(fromRoot)]));
  let names: Map<string, string> | null = null;
  return (id, ctx) => {
    names ??= respondentChunkNames({ importedIds: (moduleId) => ctx.getModuleInfo(moduleId)?.importedIds ?? null }, fromRoot(entry), pageIds);
    return names.get(id) ?? null;
  };
}

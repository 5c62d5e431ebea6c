import { describe, expect, it } from 'vitest';
import { SHARED_PAGE_CHUNK, pageChunkOf, pagesReaching, type ModuleGraph, type PageChunkOptions } from './page-chunks';

/** A module graph from `importer → imported` edges (static imports); `main.ts` is the entry. */
function graphOf(edges: Record<string, string[]>): ModuleGraph {
  const importers = new Map<string, string[]>();
  const ids = new Set<string>(Object.keys(edges));
  for (const [importer, imported] of Object.entries(edges)) {
    for (const id of imported) {
      ids.add(id);
      importers.set(id, [...(importers.get(id) ?? []), importer]);
    }
  }
  return (id) => (ids.has(id) ? { isEntry: id === '/app/src/main.ts', importers: importers.get(id) ?? [] } : null);
}

const graph = graphOf({
  '/app/src/main.ts': ['/app/src/router.ts', '/app/node_modules/vue/index.js'],
  // The router imports the pages dynamically: no edge.
  '/app/src/router.ts': ['/app/src/errors.ts'],
  '/app/src/features/results/ResultsView.vue': ['/app/src/features/results/ResultsReport.vue', '/app/src/errors.ts', '/app/src/RenderInTurn.vue', '/app/src/graphql-fetch.ts'],
  '/app/src/features/results/ResultsReport.vue': ['/app/src/features/results/DimensionCard.vue?vue&type=script', '/app/node_modules/vue/index.js', '/app/lib/index.ts'],
  '/app/src/features/results/prepare-result.ts': ['/app/src/graphql-fetch.ts'],
  '/app/src/features/wizard/WizardView.vue': ['/app/src/store.ts', '/app/src/RenderInTurn.vue', '/app/src/graphql-fetch.ts'],
  '/app/src/features/review/ReviewView.vue': ['/app/src/store.ts', '/app/src/graphql-fetch.ts'],
  '/app/src/store.ts': ['/app/src/save-queue.ts'],
  // A console view using the results' report: not a page of its own.
  '/app/src/features/console/TeamView.vue': ['/app/src/features/results/ResultsReport.vue', '/app/src/console-only.ts'],
  // A package's index re-exporting its modules; the results' card imports one of them directly.
  '/app/lib/index.ts': ['/app/lib/ladder.ts', '/app/lib/score-band.ts'],
  '/app/src/features/results/DimensionCard.vue?vue&type=script': ['/app/lib/score-band.ts'],
});

const options: PageChunkOptions = {
  pages: {
    results: ['/features/results/ResultsView.vue', '/features/results/prepare-result.ts'],
    wizard: ['/features/wizard/WizardView.vue'],
    review: ['/features/review/ReviewView.vue'],
  },
  sharedBy: { 'checkup-shared': ['wizard', 'review'] },
  reexportIndexes: (id) => id.endsWith('/lib/index.ts'),
};

describe('pagesReaching', () => {
  it("should find every page whose modules import it, however deep, and stop at the entry's own", () => {
    expect([...pagesReaching('/app/src/features/results/DimensionCard.vue?vue&type=script', graph, options.pages)!]).toEqual(['results']);
    expect([...pagesReaching('/app/src/save-queue.ts', graph, options.pages)!].sort()).toEqual(['review', 'wizard']);
    expect(pagesReaching('/app/src/errors.ts', graph, options.pages)).toBeNull();
    expect(pagesReaching('/app/node_modules/vue/index.js', graph, options.pages)).toBeNull();
  });

  it('should find no page for code only other routes import', () => {
    expect(pagesReaching('/app/src/console-only.ts', graph, options.pages)!.size).toBe(0);
  });

  it('should not reach through an index that re-exports a package, only through direct imports', () => {
    expect([...pagesReaching('/app/lib/ladder.ts', graph, options.pages)!]).toEqual(['results']);
    expect(pagesReaching('/app/lib/ladder.ts', graph, options.pages, options.reexportIndexes)!.size).toBe(0);
    expect([...pagesReaching('/app/lib/score-band.ts', graph, options.pages, options.reexportIndexes)!]).toEqual(['results']);
  });

  it('should still see the entry through an index', () => {
    const withEntryIndex = graphOf({ '/app/src/main.ts': ['/app/lib/index.ts'], '/app/lib/index.ts': ['/app/lib/ladder.ts'], '/app/src/features/wizard/WizardView.vue': ['/app/lib/ladder.ts'] });
    expect(pagesReaching('/app/lib/ladder.ts', withEntryIndex, options.pages, options.reexportIndexes)).toBeNull();
  });
});

describe('pageChunkOf', () => {
  const chunkOf = (id: string): string | null => pageChunkOf(id, graph, options);

  it("should put a page's own modules, its view and its route's preparation in the page's chunk", () => {
    expect(chunkOf('/app/src/features/results/ResultsView.vue')).toBe('results-page');
    expect(chunkOf('/app/src/features/results/prepare-result.ts')).toBe('results-page');
    expect(chunkOf('/app/src/features/results/DimensionCard.vue?vue&type=script')).toBe('results-page');
    // Imported by a console view too, which then loads the results' chunk for it.
    expect(chunkOf('/app/src/features/results/ResultsReport.vue')).toBe('results-page');
    expect(chunkOf('/app/src/features/wizard/WizardView.vue')).toBe('wizard-page');
  });

  it('should put what several pages share in the shared chunk, or in a narrower one covering all of them', () => {
    expect(chunkOf('/app/src/RenderInTurn.vue')).toBe(SHARED_PAGE_CHUNK);
    expect(chunkOf('/app/src/graphql-fetch.ts')).toBe(SHARED_PAGE_CHUNK);
    expect(chunkOf('/app/src/store.ts')).toBe('checkup-shared');
    expect(chunkOf('/app/src/save-queue.ts')).toBe('checkup-shared');
  });

  it("should put a package's module a page imports directly in the page's chunk, and leave the rest of the package", () => {
    expect(chunkOf('/app/lib/score-band.ts')).toBe('results-page');
    expect(chunkOf('/app/lib/ladder.ts')).toBeNull();
    expect(chunkOf('/app/lib/index.ts')).toBeNull();
  });

  it("should leave the entry's code and code no page imports to automatic chunking", () => {
    expect(chunkOf('/app/src/errors.ts')).toBeNull();
    expect(chunkOf('/app/node_modules/vue/index.js')).toBeNull();
    expect(chunkOf('/app/src/console-only.ts')).toBeNull();
    expect(chunkOf('/app/src/unknown.ts')).toBeNull();
  });
});

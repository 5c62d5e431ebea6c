import { describe, expect, it } from 'vitest';
import { chunksRunOnLoad, modulesInNoChunk, type ChunkNode } from './compile-hints';

const chunk = (fileName: string, imports: string[] = [], extra: Partial<ChunkNode> = {}): ChunkNode => ({ fileName, isEntry: false, moduleIds: [], imports, ...extra });

describe('chunksRunOnLoad', () => {
  const graph = [
    chunk('index.js', ['vue.js'], { isEntry: true }),
    chunk('vue.js'),
    chunk('WizardView.js', ['store.js', 'card.js'], { moduleIds: ['/app/src/features/wizard/WizardView.vue'] }),
    chunk('store.js', ['errors.js']),
    chunk('errors.js', ['store.js']),
    chunk('card.js'),
    chunk('PortfolioView.js', ['chart.js', 'errors.js'], { moduleIds: ['/app/src/features/console/PortfolioView.vue'] }),
    chunk('chart.js'),
  ];

  it('should take the entry, the named pages and everything they import statically, however deep', () => {
    expect([...chunksRunOnLoad(graph, ['/features/wizard/WizardView.vue'])].sort()).toEqual(['WizardView.js', 'card.js', 'errors.js', 'index.js', 'store.js', 'vue.js']);
  });

  it('should leave out pages not named and what only they import', () => {
    const selected = chunksRunOnLoad(graph, ['/features/wizard/WizardView.vue']);
    expect(selected.has('PortfolioView.js')).toBe(false);
    expect(selected.has('chart.js')).toBe(false);
  });

  it('should match a module whose id carries a query, and one bundled into a shared chunk', () => {
    const chunks = [
      chunk('ResultsView.js', [], { moduleIds: ['/app/src/features/results/ResultsView.vue?vue&type=script'] }),
      chunk('shared.js', [], { moduleIds: ['/app/src/a.ts', '/app/src/features/results/ReportDownloads.vue'] }),
    ];
    expect([...chunksRunOnLoad(chunks, ['/features/results/ResultsView.vue', '/features/results/ReportDownloads.vue'])].sort()).toEqual(['ResultsView.js', 'shared.js']);
  });

  it('should take only the entry when no page is named', () => {
    expect([...chunksRunOnLoad(graph, [])].sort()).toEqual(['index.js', 'vue.js']);
  });
});

describe('modulesInNoChunk', () => {
  it('should name the modules no chunk bundles, so a moved page fails the build instead of losing its hint', () => {
    const chunks = [chunk('a.js', [], { moduleIds: ['/app/src/features/wizard/WizardView.vue?vue&type=style'] })];
    expect(modulesInNoChunk(chunks, ['/features/wizard/WizardView.vue', '/features/intake/IntakeView.vue'])).toEqual(['/features/intake/IntakeView.vue']);
  });
});

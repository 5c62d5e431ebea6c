import { describe, expect, it } from 'vitest';
import { chunksRunOnLoad, type ChunkNode } from './compile-hints';

const chunk = (fileName: string, imports: string[] = [], extra: Partial<ChunkNode> = {}): ChunkNode => ({ fileName, isEntry: false, facadeModuleId: null, imports, ...extra });

describe('chunksRunOnLoad', () => {
  const graph = [
    chunk('index.js', ['vue.js'], { isEntry: true }),
    chunk('vue.js'),
    chunk('WizardView.js', ['store.js', 'card.js'], { facadeModuleId: '/app/src/features/wizard/WizardView.vue' }),
    chunk('store.js', ['errors.js']),
    chunk('errors.js', ['store.js']),
    chunk('card.js'),
    chunk('PortfolioView.js', ['chart.js', 'errors.js'], { facadeModuleId: '/app/src/features/console/PortfolioView.vue' }),
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

  it('should match a page whose module id carries a query', () => {
    const withQuery = [chunk('ResultsView.js', [], { facadeModuleId: '/app/src/features/results/ResultsView.vue?vue&type=script' })];
    expect([...chunksRunOnLoad(withQuery, ['/features/results/ResultsView.vue'])]).toEqual(['ResultsView.js']);
  });

  it('should take only the entry when no page is named', () => {
    expect([...chunksRunOnLoad(graph, [])].sort()).toEqual(['index.js', 'vue.js']);
  });
});

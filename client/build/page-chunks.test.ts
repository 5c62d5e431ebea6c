import { describe, expect, it } from 'vitest';
import { respondentChunkGroupName, respondentChunkNames, staticClosure, type ModuleGraph } from './page-chunks';

/** A module graph from `id: [static imports]`. */
const graphOf = (imports: Record<string, string[]>): ModuleGraph => ({ importedIds: (id) => imports[id] ?? null });

// main.ts is the entry; the wizard and the results page are pages; the console's view shares
// errors.ts with them; report.ts re-exports the domain package.
const imports: Record<string, string[]> = {
  '/app/src/main.ts': ['/app/src/App.vue', 'vue'],
  '/app/src/App.vue': ['vue'],
  vue: [],
  '/app/src/features/wizard/WizardView.vue': ['/app/src/features/wizard/WizardView.vue?vue&type=style', '/app/src/wizard-store.ts', '/app/src/errors.ts', '/app/src/Disclosure.vue', 'vue'],
  '/app/src/features/wizard/WizardView.vue?vue&type=style': [],
  '/app/src/features/wizard/prepare.ts': ['/app/src/wizard-store.ts'],
  '/app/src/wizard-store.ts': ['/app/src/errors.ts'],
  '/app/src/errors.ts': [],
  '/app/src/Disclosure.vue': ['/app/src/App.vue'],
  '/app/src/features/results/ResultsView.vue': ['/app/src/Report.vue', '/app/src/errors.ts', '/app/src/Disclosure.vue'],
  '/app/src/Report.vue': ['/repo/shared/src/report/index.ts'],
  '/repo/shared/src/report/index.ts': ['/repo/shared/src/report/score-band.ts', '/repo/shared/src/report/consensus.ts'],
  '/repo/shared/src/report/score-band.ts': [],
  '/repo/shared/src/report/consensus.ts': [],
  '/app/src/features/console/ConsoleView.vue': ['/app/src/errors.ts', '/app/src/Chart.vue'],
  '/app/src/Chart.vue': [],
};
const pages = {
  wizard: ['/app/src/features/wizard/WizardView.vue', '/app/src/features/wizard/prepare.ts'],
  results: ['/app/src/features/results/ResultsView.vue'],
};

describe('staticClosure', () => {
  it('should take every module imported statically, however deep, and stop at ids the graph does not know', () => {
    expect([...staticClosure(graphOf(imports), ['/app/src/features/wizard/prepare.ts', '/app/src/missing.ts'])].sort()).toEqual(['/app/src/errors.ts', '/app/src/features/wizard/prepare.ts', '/app/src/wizard-store.ts']);
  });
});

describe('respondentChunkNames', () => {
  const names = respondentChunkNames(graphOf(imports), '/app/src/main.ts', pages);

  it('should group a module by the pages that load it, in the order the pages are given', () => {
    expect(names.get('/app/src/wizard-store.ts')).toBe('respondent-wizard');
    expect(names.get('/app/src/Report.vue')).toBe('respondent-results');
    expect(names.get('/app/src/errors.ts')).toBe('respondent-wizard-results');
    expect(names.get('/app/src/Disclosure.vue')).toBe('respondent-wizard-results');
  });

  it('should give a module the same name however many of one page\'s modules reach it', () => {
    // wizard-store.ts is reached from both WizardView.vue and prepare.ts.
    expect([...names.values()].filter((name) => name === 'respondent-wizard')).toHaveLength(1);
  });

  it('should leave the entry\'s modules, the pages\' own modules with their parts, the domain package and the console to the bundler', () => {
    for (const id of ['/app/src/main.ts', '/app/src/App.vue', 'vue', '/app/src/features/wizard/WizardView.vue', '/app/src/features/wizard/WizardView.vue?vue&type=style', '/app/src/features/wizard/prepare.ts', '/app/src/features/results/ResultsView.vue', '/repo/shared/src/report/index.ts', '/repo/shared/src/report/consensus.ts', '/app/src/features/console/ConsoleView.vue', '/app/src/Chart.vue']) {
      expect(names.has(id), id).toBe(false);
    }
  });

  it('should never make a group import a group of fewer pages (no cycle between chunks)', () => {
    for (const [id, name] of names) {
      const pagesOf = (chunk: string): string[] => chunk.replace('respondent-', '').split('-');
      for (const imported of imports[id] ?? []) {
        const importedName = names.get(imported);
        if (importedName) expect(pagesOf(importedName), `${id} → ${imported}`).toEqual(expect.arrayContaining(pagesOf(name)));
      }
    }
  });
});

describe('respondentChunkGroupName', () => {
  it('should resolve the paths from the root, and work the graph out once per build', () => {
    let lookups = 0;
    const ctx = { getModuleInfo: (id: string) => { lookups += 1; return imports[id] ? { importedIds: imports[id] } : null; } };
    const name = respondentChunkGroupName('/app', 'src/main.ts', { wizard: ['src/features/wizard/WizardView.vue', 'src/features/wizard/prepare.ts'], results: ['src/features/results/ResultsView.vue'] });
    expect(name('/app/src/errors.ts', ctx)).toBe('respondent-wizard-results');
    const afterFirst = lookups;
    expect(name('/app/src/Chart.vue', ctx)).toBeNull();
    expect(name('/app/src/Report.vue', ctx)).toBe('respondent-results');
    expect(lookups).toBe(afterFirst);
  });
});

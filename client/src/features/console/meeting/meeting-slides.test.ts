import type { ReportModel, ReportRecommendation } from '@omcheck/shared/report';
import { describe, expect, it } from 'vitest';
import { agendaNotes, buildSlides, consensusNotes, keepPlace, planRecommendations, topRecommendations } from './meeting-slides';

const rec = (id: string, status: ReportRecommendation['status'], over: Partial<ReportRecommendation> = {}): ReportRecommendation => ({
  id, title: `Rec ${id}`, body: 'Why it matters', steps: ['First step'], dimensionTitle: 'Strategy', priority: 50, horizon: 'QUICK_WIN',
  status, dismissReason: null, handWritten: false, actionItems: [], ...over,
});

function report(over: Partial<ReportModel> = {}): ReportModel {
  return {
    format: 'omcheck-report', version: 1, locale: 'en', direction: 'ltr',
    meta: { organizationName: 'Rossi Food', assessmentTitle: 'Spring', kind: 'CHECKUP', questionnaireTitle: 'Q', questionnaireVersion: '1', respondentCount: 3, minGroupSize: 2, scoredAt: '2026-11-30T10:00:00.000Z' },
    summary: {
      overallScore: 48.4, maturityLevel: 2, maturityLabel: 'Coordinated approach', maturityLevelNames: ['a', 'b', 'c', 'd', 'e'], holismIndex: 40,
      holismStrong: ['Strategy'], holismWeak: ['Partner'], holdsTogether: false, customerFocusStage: 2, customerFocusLabel: 'Serial', confidence: 'HIGH',
      strongest: [], weakest: [{ dimensionId: 'd2', title: 'Partner', score: 20 }], flags: [],
    },
    radar: [], dimensions: [], team: null, recommendations: [], appendix: [], consensus: null,
    ...over,
  };
}

const team: NonNullable<ReportModel['team']> = {
  groups: [], hiddenRoles: [], dimensionGaps: [],
  agenda: [{
    questionId: 'q1', prompt: 'Do you plan together?', dimensionTitle: 'Strategy', gap: 40,
    groupA: { group: 'SALES', meanLevel: 3.5, spread: 0.5 }, groupB: { group: 'OPERATIONS', meanLevel: 1, spread: 1 }, discussion: 'COMPARE_CASES',
  }],
};

const consensus: NonNullable<ReportModel['consensus']> = {
  answeredCount: 2, overallScore: 62.4, maturityLevel: 3, maturityLabel: 'Integrated', dimensions: [{ dimensionId: 'd1', title: 'Strategy', consensus: 75, individual: 50, difference: 25 }],
  answers: [
    { questionId: 'q1', dimensionTitle: 'Strategy', prompt: 'Is the strategy written down?', answer: 'Written and shared', note: 'Only the board has read it.' },
    { questionId: 'q2', dimensionTitle: 'Strategy', prompt: 'Do you plan together?', answer: 'Now and then', note: null },
  ],
};

describe('buildSlides', () => {
  it('should add the workshop consensus after the gaps, its agreed answers and notes as presenter notes', () => {
    const slides = buildSlides(report({ team, consensus }));
    expect(slides.map((s) => s.kind)).toEqual(['title', 'summary', 'radar', 'gaps', 'consensus', 'plan']);
    const slide = slides.find((s) => s.kind === 'consensus')!;
    expect(slide.title).toBe('Workshop consensus');
    expect(slide.notes).toEqual(['Is the strategy written down? — Written and shared (Note: \u2068Only the board has read it.\u2069)', 'Do you plan together? — Now and then']);
    expect(consensusNotes(report())).toEqual([]);
  });

  it('should build title, summary, radar and action plan for a self-assessment without recommendations', () => {
    expect(buildSlides(report()).map((s) => s.kind)).toEqual(['title', 'summary', 'radar', 'plan']);
  });

  it('should add the gaps slide for a team and one slide per top recommendation, never a dismissed one', () => {
    const recommendations = [rec('a', 'ACCEPTED'), rec('b', 'PROPOSED'), rec('c', 'PROPOSED'), rec('d', 'PROPOSED'), rec('e', 'PROPOSED'), rec('f', 'PROPOSED'), rec('x', 'DISMISSED')];
    const slides = buildSlides(report({ team, recommendations }));
    expect(slides.map((s) => s.kind)).toEqual(['title', 'summary', 'radar', 'gaps', 'recommendation', 'recommendation', 'recommendation', 'recommendation', 'recommendation', 'plan']);
    expect(slides.filter((s) => s.kind === 'recommendation').map((s) => s.recommendationId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('should give a recommendation slide its dimension, body and steps as notes', () => {
    const slide = buildSlides(report({ recommendations: [rec('a', 'PROPOSED')] })).find((s) => s.kind === 'recommendation');
    expect(slide?.notes).toEqual(['Strategy · Quick wins (within 30 days)', 'Why it matters', 'First step']);
  });

  it('should write the slide titles in the report language', () => {
    expect(buildSlides(report({ locale: 'it' }))[1]!.title).not.toBe(buildSlides(report())[1]!.title);
  });
});

describe('agendaNotes', () => {
  it('should fill the discussion prompt with the groups and their levels', () => {
    const [note] = agendaNotes(report({ team }));
    expect(note).toContain('Do you plan together?');
    expect(note).toContain('3.5');
    expect(note).not.toMatch(/\{\w+\}/);
  });

  it('should write levels in Persian digits in a Persian report', () => {
    expect(agendaNotes(report({ team, locale: 'fa', direction: 'rtl' }))[0]).toContain('۳٫۵');
  });
});

describe('recommendation lists', () => {
  it('should take the plan from accepted and done recommendations only', () => {
    const r = report({ recommendations: [rec('a', 'ACCEPTED'), rec('b', 'PROPOSED'), rec('c', 'DONE'), rec('d', 'DISMISSED')] });
    expect(planRecommendations(r).map((x) => x.id)).toEqual(['a', 'c']);
    expect(topRecommendations(r).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('keepPlace', () => {
  const slides = buildSlides(report({ recommendations: [rec('a', 'PROPOSED')] }));
  it('should stay on the same slide by key, else clamp the index', () => {
    expect(keepPlace(slides, 'rec-a', 0)).toBe(3);
    expect(keepPlace(slides, 'gone', 2)).toBe(2);
    expect(keepPlace(slides, null, 99)).toBe(slides.length - 1);
  });
});

import { describe, expect, it } from 'vitest';
import { applicableQuestionIds } from './visibility';

describe('applicableQuestionIds on API shapes', () => {
  it('should read showIf from JSON and role lists as the API sends them', () => {
    const questions = [
      { id: 'sells-online', roles: ['MANAGEMENT', 'PARTNER'], showIf: null },
      { id: 'ecommerce-care', roles: ['MANAGEMENT', 'PARTNER'], showIf: JSON.parse('{"question":"sells-online","is":["yes"]}') as unknown },
      { id: 'internal-only', roles: ['MANAGEMENT'], showIf: null },
    ];
    const answers = new Map([['sells-online', { questionId: 'sells-online', optionId: 'yes' }]]);
    expect([...applicableQuestionIds(questions, 'MANAGEMENT', answers)]).toEqual(['sells-online', 'ecommerce-care', 'internal-only']);
    expect([...applicableQuestionIds(questions, 'PARTNER', new Map())]).toEqual(['sells-online']);
  });
});

import { BadUserInputError } from '@omcheck/shared';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, validateOrganizationFields } from './organization-input.js';

describe('organization input', () => {
  it('should round-trip a cursor, including names with quotes and non-Latin script', () => {
    for (const name of ['Rossi "Food"', 'زاگرس', '']) expect(decodeCursor(encodeCursor(name, 'id-1'))).toEqual({ name, id: 'id-1' });
  });

  it.each(['garbage', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'should refuse the cursor %s as bad input',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(BadUserInputError);
    },
  );

  it('should trim, turn blanks into null and require a name', () => {
    expect(validateOrganizationFields({ name: ' Acme ', industry: ' ', size: null, country: 'NL ', notes: '' })).toEqual({
      name: 'Acme', industry: null, size: null, country: 'NL', notes: null,
    });
    expect(() => validateOrganizationFields({ name: ' ', industry: null, size: null, country: null, notes: null })).toThrow(/name/);
    expect(() => validateOrganizationFields({ name: 'x', industry: 'i'.repeat(101), size: null, country: null, notes: null })).toThrow(/industry/);
  });
});

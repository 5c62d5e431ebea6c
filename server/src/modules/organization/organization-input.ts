import { BadUserInputError, type FieldProblem } from '@omcheck/shared';

/** The editable facts of a client organisation. */
export interface OrganizationFields {
  name: string;
  industry: string | null;
  size: string | null;
  country: string | null;
  notes: string | null;
}

const LIMITS: Record<keyof OrganizationFields, number> = { name: 200, industry: 100, size: 50, country: 100, notes: 5000 };

/** Trims every field, turns blanks into null, and refuses a missing name or over-long text. */
export function validateOrganizationFields(input: OrganizationFields): OrganizationFields {
  const problems: FieldProblem[] = [];
  const clean = (field: keyof OrganizationFields, value: string | null): string | null => {
    const trimmed = value?.trim() ?? '';
    if (trimmed.length > LIMITS[field]) problems.push({ field, message: `Use at most ${LIMITS[field]} characters.` });
    return trimmed.length > 0 ? trimmed : null;
  };
  const fields = {
    name: clean('name', input.name) ?? '',
    industry: clean('industry', input.industry),
    size: clean('size', input.size),
    country: clean('country', input.country),
    notes: clean('notes', input.notes),
  };
  if (!fields.name) problems.push({ field: 'name', message: 'Give the client’s name.' });
  if (problems.length > 0) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join(' '), problems);
  return fields;
}

/** Opaque page cursors: base64url of the last row's (name, id). */
export function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { name: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { name: value[0], id: value[1] };
    }
  } catch {
    // Falls through to the error below.
  }
  throw new BadUserInputError('This page cursor is not valid; start from the first page.', [{ field: 'after', message: 'Unknown cursor.' }]);
}

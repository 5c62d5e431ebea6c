/** Letters and digits nobody confuses when read off a projector (no I, L, O, 0, 1). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/**
 * A new join code. `randomIndex(n)` returns an integer in [0, n); the server passes a
 * cryptographic source, tests a fixed one.
 */
export function generateJoinCode(randomIndex: (size: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) {
    const index = randomIndex(JOIN_CODE_ALPHABET.length);
    if (!Number.isInteger(index) || index < 0 || index >= JOIN_CODE_ALPHABET.length) throw new RangeError(`randomIndex returned ${index}`);
    code += JOIN_CODE_ALPHABET[index];
  }
  return code;
}

/**
 * A typed join code in its stored form (trimmed, upper case, inner spaces and dashes dropped),
 * or null when it cannot be a code at all — such input is answered like an unknown code.
 */
export function normalizeJoinCode(input: string): string | null {
  const code = input.trim().toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
}

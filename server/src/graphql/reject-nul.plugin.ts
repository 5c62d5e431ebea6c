import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/** Where the first U+0000 sits in a value, as a field path; null when there is none. */
export function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulPath(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** Apollo reuses one parsed document per query text, so each is walked once. */
const nulInDocument = new WeakMap<DocumentNode, boolean>();

export function documentHasNul(document: DocumentNode): boolean {
  const known = nulInDocument.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  nulInDocument.set(document, found);
  return found;
}

/**
 * Free text never contains U+0000: PostgreSQL cannot store it in text columns (it answered
 * 500) while SQLite could. Refused here, for every operation and both databases alike, before
 * anything runs.
 */
export function rejectNulCharacters<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = nulPath(request.variables ?? {}, '') ?? (documentHasNul(document) ? 'query' : null);
          if (!field) return;
          throw new GraphQLError(`The text in ${field} contains a NUL character (U+0000), which cannot be stored. Remove it and send again.`, {
            extensions: { code: 'BAD_USER_INPUT', field, problems: [{ field, message: 'Contains a NUL character (U+0000).' }], http: { status: 200 } },
          });
        },
      };
    },
  };
}

import { Kind, type GraphQLResolveInfo } from 'graphql';

/**
 * True when the operation selects `name` under the field being resolved. Fragments are not
 * followed: with any fragment in the selection the answer is true, so it can only cost work,
 * never drop a field someone asked for.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  for (const node of info.fieldNodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.name.value === name) return true;
    }
  }
  return false;
}

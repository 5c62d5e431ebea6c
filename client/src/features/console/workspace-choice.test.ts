import { describe, expect, it } from 'vitest';
import { chooseWorkspace, roleAllows } from './workspace-choice';

describe('chooseWorkspace', () => {
  const workspaces = [{ id: 'a' }, { id: 'b' }];

  it('should open the remembered workspace when the user still belongs to it', () => {
    expect(chooseWorkspace(workspaces, 'b')).toBe('b');
  });

  it('should fall back to the first workspace when the remembered one is gone or unset', () => {
    expect(chooseWorkspace(workspaces, 'gone')).toBe('a');
    expect(chooseWorkspace(workspaces, null)).toBe('a');
  });

  it('should return null when the user has no workspace', () => {
    expect(chooseWorkspace([], 'a')).toBeNull();
  });
});

describe('roleAllows', () => {
  it.each([
    ['VIEWER', [true, false, false]],
    ['CONSULTANT', [true, true, false]],
    ['OWNER', [true, true, true]],
  ] as const)('should give %s read, write and manage as %j', (role, expected) => {
    expect((['read', 'write', 'manage'] as const).map((p) => roleAllows(role, p))).toEqual(expected);
  });

  it('should allow nothing without a role', () => {
    expect(roleAllows(null, 'read')).toBe(false);
  });
});

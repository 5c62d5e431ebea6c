import { createDataSource, migrate, parseDatabaseUrl, pendingSchemaChanges } from '@omcheck/server';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/test-database.js';

describe('migrations', () => {
  it('should create the whole schema on an empty database with no drift from the entities', async () => {
    const database = await createTestDatabase();
    const dataSource = createDataSource(parseDatabaseUrl(database.url));
    try {
      await dataSource.initialize();
      const applied = await migrate(dataSource);
      expect(applied.length).toBeGreaterThan(0);
      expect(await migrate(dataSource)).toEqual([]);
      const pending = await pendingSchemaChanges(dataSource);
      expect(pending.up).toEqual([]);
      const tables = await dataSource.createQueryRunner().getTables();
      expect(tables.map((t) => t.name.replace(/^public\./, '')).sort()).toEqual(
        expect.arrayContaining(['workspace', 'app_user', 'workspace_member', 'user_session', 'organization', 'assessment', 'respondent', 'answer', 'result_snapshot', 'recommendation', 'action_item']),
      );
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

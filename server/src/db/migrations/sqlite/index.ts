import { Init1795345733681 } from './1795345733681-Init.js';

/** SQLite migrations, in order. Generate new ones with `omcheck migration:generate <Name>`. */
export const SQLITE_MIGRATIONS = [Init1795345733681];

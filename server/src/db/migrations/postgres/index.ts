import { Init1795345734426 } from './1795345734426-Init.js';

/** PostgreSQL migrations, in order. Generate new ones with `omcheck migration:generate <Name>`. */
export const POSTGRES_MIGRATIONS = [Init1795345734426];

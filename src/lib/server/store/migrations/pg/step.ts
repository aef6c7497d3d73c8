import type { Migration } from '../plan';
import type { Client } from '../../pg/pool';

/** PostgreSQL steps run inside the transaction that records them (DDL is transactional there). */
export type PgMigration = Migration<(client: Client) => Promise<void>>;

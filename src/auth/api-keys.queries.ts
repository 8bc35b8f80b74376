/** The SQL of API key authentication: the lookup across tenants (through its one function) and the use mark. */
import type { Sql } from '../db/sql.ts';
import type { Permission } from './permissions.ts';

export interface StoredKey {
  id: string;
  tenant_id: string;
  created_by: string;
  key_prefix: string;
  permissions: Permission[];
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
}

/** A key by the SHA-256 of its plaintext, whatever its tenant: `reten_api_key` is the one reviewed path. */
export async function keyByHash(sql: Sql, hash: Buffer): Promise<StoredKey | undefined> {
  const [key] = await sql.rows<StoredKey>('select * from reten_api_key($1)', [hash]);
  return key;
}

export async function markKeyUsed(sql: Sql, key: StoredKey): Promise<void> {
  await sql
    .forTenant(key.tenant_id)
    .rows('update api_key set last_used_at = now() where id = $1 and tenant_id = $2', [key.id, key.tenant_id]);
}

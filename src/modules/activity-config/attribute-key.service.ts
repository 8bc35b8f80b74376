import type { EntityManager } from '@mikro-orm/postgresql';
import { ATTRIBUTE_CATALOG } from '../../domain/attribute-catalog.ts';

/** Writes the catalog: one statement, an upsert by key, so concurrent starts cannot duplicate rows. */
export async function bootstrapAttributeKeys(em: EntityManager): Promise<void> {
  const rows = ATTRIBUTE_CATALOG.map(() => '(?, ?, ?, ?, now(), now())').join(', ');
  const params = ATTRIBUTE_CATALOG.flatMap((k) => [k.id, k.key, k.label, k.description]);
  await em.getConnection().execute(
    `insert into attribute_key (id, key, label, description, created_at, updated_at) values ${rows}
     on conflict (key) do update set label = excluded.label, description = excluded.description,
       updated_at = case when (attribute_key.label, attribute_key.description) is distinct from
         (excluded.label, excluded.description) then now() else attribute_key.updated_at end`,
    params,
  );
}

import type { AppRouteHandler } from '../../http/types.ts';
import type { ListAttributeKeysRoute } from './activity-config.routes.ts';
import { AttributeKeyEntity } from './attribute-key.entity.ts';

export const listAttributeKeys: AppRouteHandler<ListAttributeKeysRoute> = async (c) => {
  const keys = await c.var.em.find(AttributeKeyEntity, {}, { orderBy: { key: 'asc' } });
  return c.json(
    keys.map((k) => ({ id: k.id, key: k.key, label: k.label, description: k.description })),
    200,
  );
};

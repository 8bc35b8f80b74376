import { AttributeKeyEntity } from '../modules/activity-config/attribute-key.entity.ts';
import { TenantEntity } from '../modules/tenants/tenant.entity.ts';

/** Every entity the ORM knows; discovery is explicit so start-up does no file scanning. */
export const entities = [TenantEntity, AttributeKeyEntity];

import { requestEm } from '../../auth/authorize.ts';
import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import type { CommerceEntity } from './commerce.entity.ts';
import type {
  GetCommerceRoute,
  ListCommercesRoute,
  SyncCommercesRoute,
  UpdateCommerceRoute,
} from './commerces.routes.ts';
import type { Commerce, CommerceDetail } from './commerces.schemas.ts';
import * as service from './commerces.service.ts';

function toCommerce(c: CommerceEntity): Commerce {
  return {
    id: c.id,
    name: c.name,
    externalId: c.externalId,
    globalExternalId: c.globalExternalId ?? null,
    taxId: c.taxId ?? null,
    isActive: c.isActive,
    isPlaceholder: c.isPlaceholder,
    metadata: c.metadata,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** The ORM types a double as string | number; the driver gives a number. */
const coordinate = (value: string | number | null | undefined) => (value == null ? null : Number(value));

function toCommerceDetail({
  commerce,
  addresses,
  users,
  contacts,
}: Awaited<ReturnType<typeof service.getCommerce>>): CommerceDetail {
  return {
    ...toCommerce(commerce),
    addresses: addresses.map((a) => ({
      id: a.id,
      addressAlias: a.addressAlias ?? null,
      street: a.street ?? null,
      streetNumber: a.streetNumber ?? null,
      unit: a.unit ?? null,
      city: a.city ?? null,
      commune: a.commune ?? null,
      region: a.region ?? null,
      countryCode: a.countryCode ?? null,
      formattedAddress: a.formattedAddress ?? null,
      latitude: coordinate(a.latitude),
      longitude: coordinate(a.longitude),
      isPrimary: a.isPrimary,
      isActive: a.isActive,
    })),
    users: users.map((u) => ({
      id: u.id,
      externalId: u.externalId ?? null,
      firstName: u.firstName,
      lastName: u.lastName ?? null,
      isActive: u.isActive,
      roles: u.roles.map((role) => ({ role })),
      contacts: contacts
        .filter((k) => k.commerceUser.id === u.id)
        .map((k) => ({ id: k.id, type: k.type, value: k.value, isPrimary: k.isPrimary, isActive: k.isActive })),
    })),
  };
}

export const syncCommerces: AppRouteHandler<SyncCommercesRoute> = async (c) => {
  const { items } = c.req.valid('json');
  const outcomes = await service.syncCommerces(requestEm(c), c.get('tenantId'), items);
  const created = outcomes.filter((o) => o.result === 'CREATED').length;
  return c.json({ created, updated: outcomes.length - created, total: outcomes.length, items: outcomes }, 200);
};

export const listCommerces: AppRouteHandler<ListCommercesRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { rows, total } = await service.listCommerces(requestEm(c), c.get('tenantId'), query, page);
  return c.json({ data: rows.map(toCommerce), meta: pageMeta(page, total) }, 200);
};

export const getCommerce: AppRouteHandler<GetCommerceRoute> = async (c) => {
  const { id } = c.req.valid('param');
  return c.json(toCommerceDetail(await service.getCommerce(requestEm(c), id)), 200);
};

export const updateCommerce: AppRouteHandler<UpdateCommerceRoute> = async (c) => {
  const { id } = c.req.valid('param');
  const commerce = await service.updateCommerce(requestEm(c), id, c.req.valid('json'));
  return c.json(toCommerce(commerce), 200);
};

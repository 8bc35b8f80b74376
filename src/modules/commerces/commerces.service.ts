import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantContext } from '../../context.ts';
import { lockKey, refreshStaleStatistics, searchMatches } from '../../db/sql.ts';
import { DomainError } from '../../domain/errors.ts';
import { splitName } from '../../domain/names.ts';
import type { Page } from '../../http/pagination.ts';
import { CommerceAddressEntity, CommerceContactEntity, CommerceEntity, CommerceUserEntity } from './commerce.entity.ts';
import type {
  Commerce,
  CommerceDetail,
  ListCommercesQuery,
  SyncCommercesBody,
  UpdateCommerceBody,
} from './commerces.schemas.ts';

/** The one mapping of a commerce to its wire shape. */
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

export async function listCommerces(ctx: TenantContext, query: ListCommercesQuery, page: Page) {
  // Explicit tenant condition: query builders do not rely on the ORM filter.
  const qb = ctx.em.createQueryBuilder(CommerceEntity, 'c').where({ tenant: ctx.tenantId });
  if (query.search) {
    // Matched through commerce_search_trgm_index, in the search function (Migration20261130030000).
    qb.andWhere(`c.id = ${searchMatches('reten_search_commerce_ids', '?')}`, [query.search]);
  }
  if (query.external_id) qb.andWhere({ externalId: query.external_id });
  if (query.global_external_id) qb.andWhere({ globalExternalId: query.global_external_id });
  if (query.is_active !== undefined) qb.andWhere({ isActive: query.is_active });
  if (query.is_placeholder !== undefined) qb.andWhere({ isPlaceholder: query.is_placeholder });
  const [rows, total] = await qb
    .orderBy({ name: 'asc', id: 'asc' })
    .limit(page.limit)
    .offset(page.offset)
    .getResultAndCount();
  return { data: rows.map(toCommerce), total };
}

async function findCommerce(em: EntityManager, id: string): Promise<CommerceEntity> {
  // The tenant filter makes another tenant's commerce invisible: it is a 404 like a missing one.
  const commerce = await em.findOne(CommerceEntity, id);
  if (!commerce) throw new DomainError('COMMERCE_NOT_FOUND', 'No commerce has this id in this tenant');
  return commerce;
}

/** A commerce with its addresses, users and their contacts. */
export async function getCommerce(ctx: TenantContext, id: string): Promise<CommerceDetail> {
  const { em } = ctx;
  const commerce = await findCommerce(em, id);
  const addresses = await em.find(
    CommerceAddressEntity,
    { commerce: id },
    { orderBy: { isPrimary: 'desc', id: 'asc' } },
  );
  const users = await em.find(CommerceUserEntity, { commerce: id }, { orderBy: { id: 'asc' } });
  const contacts = await em.find(
    CommerceContactEntity,
    { commerceUser: { $in: users.map((u) => u.id) } },
    { orderBy: { isPrimary: 'desc', id: 'asc' } },
  );
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

export async function updateCommerce(ctx: TenantContext, id: string, body: UpdateCommerceBody): Promise<Commerce> {
  const { em } = ctx;
  const commerce = await findCommerce(em, id);
  if (body.name !== undefined) commerce.name = body.name;
  if (body.tax_id !== undefined) commerce.taxId = body.tax_id;
  if (body.global_external_id !== undefined) commerce.globalExternalId = body.global_external_id;
  if (body.is_active !== undefined) commerce.isActive = body.is_active;
  if (body.metadata !== undefined) commerce.metadata = { ...commerce.metadata, ...body.metadata };
  await em.flush();
  return toCommerce(commerce);
}

type SyncItem = SyncCommercesBody['items'][number];
type SyncUser = NonNullable<SyncItem['users']>[number];

export interface SyncOutcome {
  id: string;
  externalId: string;
  result: 'CREATED' | 'UPDATED';
}

/**
 * Upserts commerces by (tenant, external_id) in one transaction: any failure writes nothing.
 * Syncs of one tenant are serialised by an advisory lock, so two concurrent syncs of the same new
 * commerce update it instead of colliding on the unique key.
 */
const SYNCED_TABLES = ['commerce', 'commerce_user', 'commerce_contact', 'commerce_address'];

export async function syncCommerces(ctx: TenantContext, items: SyncItem[]) {
  const { tenantId } = ctx;
  const outcomes = await ctx.em.transactional(async (tx): Promise<SyncOutcome[]> => {
    await lockKey(tx, `commerce-sync:${tenantId}`);
    const externalIds = items.map((i) => i.external_id);
    const existing = new Map(
      (await tx.find(CommerceEntity, { externalId: { $in: externalIds } })).map((c) => [c.externalId, c]),
    );
    await assertTaxIdsFree(tx, items);
    const users = await tx.find(CommerceUserEntity, { commerce: { $in: [...existing.values()].map((c) => c.id) } });
    const userByKey = new Map(users.map((u) => [`${u.commerce.id}:${u.externalId}`, u]));
    const storedUser = (commerce: CommerceEntity | undefined, externalId: string) =>
      commerce ? userByKey.get(`${commerce.id}:${externalId}`) : undefined;

    // Lists that are replaced: delete the stored rows in one statement per table, then insert the new ones.
    const replacedAddresses = items.flatMap((i) => (i.addresses ? [existing.get(i.external_id)?.id] : []));
    const replacedContacts = items.flatMap((i) =>
      (i.users ?? []).flatMap((u) => (u.contacts ? [storedUser(existing.get(i.external_id), u.external_id)?.id] : [])),
    );
    await tx.nativeDelete(CommerceAddressEntity, { commerce: { $in: replacedAddresses.filter((id) => id != null) } });
    await tx.nativeDelete(CommerceContactEntity, {
      commerceUser: { $in: replacedContacts.filter((id) => id != null) },
    });

    const outcomes: { commerce: CommerceEntity; result: SyncOutcome['result'] }[] = [];
    for (const item of items) {
      const found = existing.get(item.external_id);
      const commerce =
        found ??
        tx.create(CommerceEntity, { tenant: tenantId, externalId: item.external_id, name: item.name, metadata: {} });
      commerce.name = item.name;
      commerce.isPlaceholder = false;
      if (item.global_external_id !== undefined) commerce.globalExternalId = item.global_external_id;
      if (item.tax_id !== undefined) commerce.taxId = item.tax_id;
      if (item.metadata !== undefined) commerce.metadata = item.metadata;
      for (const address of item.addresses ?? []) {
        tx.create(CommerceAddressEntity, {
          tenant: tenantId,
          commerce,
          source: 'INTEGRATION',
          addressAlias: address.address_alias ?? null,
          isPrimary: address.is_primary ?? false,
          countryCode: address.country_code ?? null,
          region: address.region ?? null,
          commune: address.commune ?? null,
          city: address.city ?? null,
          street: address.street ?? null,
          streetNumber: address.street_number ?? null,
          unit: address.unit ?? null,
          formattedAddress: address.formatted_address ?? null,
          latitude: address.latitude ?? null,
          longitude: address.longitude ?? null,
          sourceRef: address.source_ref ?? null,
        });
      }
      for (const user of item.users ?? []) {
        syncUser(tx, tenantId, commerce, storedUser(found, user.external_id), user);
      }
      outcomes.push({ commerce, result: found ? 'UPDATED' : 'CREATED' });
    }
    await tx.flush();
    return outcomes.map(({ commerce, result }) => ({ id: commerce.id, externalId: commerce.externalId, result }));
  });
  const created = outcomes.filter((o) => o.result === 'CREATED').length;
  // A tenant's first load fills tables PostgreSQL may never have analyzed: searches plan better with statistics.
  if (created > 0) await refreshStaleStatistics(ctx.sql, SYNCED_TABLES);
  return { created, updated: outcomes.length - created, total: outcomes.length, items: outcomes };
}

/** A tax_id held by a commerce outside the batch is a conflict; say which one instead of a bare 409. */
async function assertTaxIdsFree(tx: EntityManager, items: SyncItem[]) {
  const taxIds = items.flatMap((i) => (i.tax_id ? [i.tax_id] : []));
  if (taxIds.length === 0) return;
  const holder = await tx.findOne(CommerceEntity, {
    taxId: { $in: taxIds },
    externalId: { $nin: items.map((i) => i.external_id) },
  });
  if (holder) {
    throw new DomainError(
      'TAX_ID_CONFLICT',
      `tax_id "${holder.taxId}" belongs to the commerce with external_id "${holder.externalId}"`,
    );
  }
}

/** Creates or updates one user; its stored contacts, when replaced, were deleted by the caller. */
function syncUser(
  tx: EntityManager,
  tenantId: string,
  commerce: CommerceEntity,
  found: CommerceUserEntity | undefined,
  input: SyncUser,
) {
  const names = input.name ? splitName(input.name) : undefined;
  const user =
    found ??
    tx.create(CommerceUserEntity, {
      tenant: tenantId,
      commerce,
      externalId: input.external_id,
      source: 'INTEGRATION',
      // A user synced without a name has an empty first name until one is synced.
      firstName: names?.firstName ?? '',
      lastName: names?.lastName ?? null,
      roles: [],
    });
  if (names) Object.assign(user, names);
  if (input.roles) user.roles = [...new Set(input.roles)];
  for (const contact of input.contacts ?? []) {
    tx.create(CommerceContactEntity, {
      tenant: tenantId,
      commerceUser: user,
      type: contact.contact_type,
      value: contact.value,
      isPrimary: contact.is_primary ?? false,
      source: 'INTEGRATION',
    });
  }
}

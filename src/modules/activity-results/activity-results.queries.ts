/**
 * The result aggregate's SQL, in one place: columns, row type, the mapping to the wire shape, find and
 * list, and the writes of a submission (inside its transaction). The benchmark's baseline runs these too.
 */
import { uuidv7 } from '../../db/ids.ts';
import { iso, jsonParam, type TenantRows } from '../../db/sql.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ResultSource, ResultStatus } from '../../domain/result-sync.ts';
import type { Page } from '../../http/pagination.ts';
import type { ActivityResult, ListResultsQuery } from './activity-results.schemas.ts';

const RESULT_COLUMNS = `r.id, r.activity_id, r.provider_activity_id, r.commerce_id, r.source, r.result_status,
  r.external_status, ${iso('r.occurred_at')}, r.result_code, r.comment, r.contact_type, r.operator_external_id,
  ${iso('r.future_scheduled_at')}, r.payload, r.raw_payload, r.hard_override, ${iso('r.created_at')}, ${iso('r.updated_at')}`;

interface ResultRow {
  id: string;
  activity_id: string | null;
  provider_activity_id: string | null;
  commerce_id: string;
  source: ResultSource;
  result_status: ResultStatus;
  external_status: string | null;
  occurred_at: string;
  result_code: string;
  comment: string | null;
  contact_type: 'INBOUND' | 'OUTBOUND' | null;
  operator_external_id: string | null;
  future_scheduled_at: string | null;
  payload: Record<string, unknown> | null;
  raw_payload: Record<string, unknown> | null;
  hard_override: boolean;
  created_at: string;
  updated_at: string;
}

function toResult(row: ResultRow): ActivityResult {
  return {
    id: row.id,
    activityId: row.activity_id,
    providerActivityId: row.provider_activity_id,
    commerceId: row.commerce_id,
    source: row.source,
    resultStatus: row.result_status,
    externalStatus: row.external_status,
    occurredAt: row.occurred_at,
    taskDetails: {
      result: row.result_code,
      comment: row.comment,
      contactType: row.contact_type,
      operatorExternalId: row.operator_external_id,
      futureScheduledAt: row.future_scheduled_at,
      payload: row.payload,
    },
    rawPayload: row.raw_payload,
    hardOverride: row.hard_override,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findResult(q: TenantRows, id: string): Promise<ActivityResult> {
  const [row] = await q.sql.rows<ResultRow>(
    `select ${RESULT_COLUMNS} from activity_result r where r.tenant_id = $1 and r.id = $2`,
    [q.tenantId, id],
  );
  if (!row) throw new DomainError('RESULT_NOT_FOUND', `No result ${id} in this tenant`);
  return toResult(row);
}

export async function listResults(q: TenantRows, query: ListResultsQuery, page: Page) {
  const where = ['r.tenant_id = $1'];
  const params: unknown[] = [q.tenantId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const equal = {
    activity_id: query.activity_id,
    provider_activity_id: query.provider_activity_id,
    commerce_id: query.commerce_id,
    result_status: query.status,
    source: query.source,
  };
  for (const [column, value] of Object.entries(equal)) {
    if (value !== undefined) where.push(`r.${column} = ${param(value)}`);
  }
  if (query.occurred_from) where.push(`r.occurred_at >= ${param(new Date(query.occurred_from))}`);
  if (query.occurred_to) where.push(`r.occurred_at <= ${param(new Date(query.occurred_to))}`);
  const filter = where.join(' and ');
  const [rows, [count]] = await Promise.all([
    q.sql.rows<ResultRow>(
      `select ${RESULT_COLUMNS} from activity_result r where ${filter}
       order by r.occurred_at desc, r.id desc limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, page.limit, page.offset],
    ),
    q.sql.rows<{ total: number }>(`select count(*)::int as total from activity_result r where ${filter}`, params),
  ]);
  return { data: rows.map(toResult), total: count?.total ?? 0 };
}

// The writes of a submission, each inside its transaction.

export async function commerceExternalId(q: TenantRows, commerceId: string): Promise<string | undefined> {
  const [row] = await q.sql.rows<{ external_id: string }>(
    'select external_id from commerce where tenant_id = $1 and id = $2',
    [q.tenantId, commerceId],
  );
  return row?.external_id;
}

export async function commerceExists(q: TenantRows, externalId: string): Promise<boolean> {
  const rows = await q.sql.rows('select 1 from commerce where tenant_id = $1 and external_id = $2', [
    q.tenantId,
    externalId,
  ]);
  return rows.length > 0;
}

/** The commerce with this external id, made a placeholder if the tenant has none (once, under races). */
export async function placeholderCommerceId(q: TenantRows, externalId: string): Promise<string> {
  await q.sql.rows(
    `insert into commerce (id, tenant_id, external_id, name, is_active, is_placeholder, metadata, created_at, updated_at)
     values ($1, $2, $3, $4, true, true, '{}', now(), now()) on conflict (tenant_id, external_id) do nothing`,
    [uuidv7(), q.tenantId, externalId, `Placeholder ${externalId}`],
  );
  const [row] = await q.sql.rows<{ id: string }>('select id from commerce where tenant_id = $1 and external_id = $2', [
    q.tenantId,
    externalId,
  ]);
  return row!.id;
}

/**
 * Serializes the submissions of one standalone provider activity id until the transaction ends: with no
 * activity row to lock, two first submissions would otherwise both insert.
 */
export async function lockStandalone(q: TenantRows, providerActivityId: string): Promise<void> {
  await q.sql.rows('select pg_advisory_xact_lock(hashtext($1))', [
    `activity_result:${q.tenantId}:${providerActivityId}`,
  ]);
}

/** A stored result a submission replaces, locked. */
export interface StoredResult {
  id: string;
  occurred_at: string;
  provider_activity_id: string | null;
  result_status: ResultStatus;
}

const STORED_COLUMNS = `id, ${iso('occurred_at')}, provider_activity_id, result_status`;

export async function resultOfActivity(q: TenantRows, activityId: string): Promise<StoredResult | undefined> {
  const [row] = await q.sql.rows<StoredResult>(
    `select ${STORED_COLUMNS} from activity_result where tenant_id = $1 and activity_id = $2 limit 1 for update`,
    [q.tenantId, activityId],
  );
  return row;
}

export async function standaloneResult(q: TenantRows, providerActivityId: string): Promise<StoredResult | undefined> {
  const [row] = await q.sql.rows<StoredResult>(
    `select ${STORED_COLUMNS} from activity_result
     where tenant_id = $1 and provider_activity_id = $2 and activity_id is null limit 1 for update`,
    [q.tenantId, providerActivityId],
  );
  return row;
}

/** What a submission stores. */
export interface ResultFields {
  activityId: string | null;
  providerActivityId: string | null;
  commerceId: string;
  source: ResultSource;
  status: ResultStatus;
  externalStatus: string | null;
  occurredAt: Date;
  result: string;
  comment: string | null;
  contactType: 'INBOUND' | 'OUTBOUND' | null;
  operatorExternalId: string | null;
  futureScheduledAt: Date | null;
  payload: unknown;
  rawPayload: unknown;
  hardOverride: boolean;
}

/** Updates the stored result (when there is one) or inserts a new one, and answers it as the API shows it. */
export async function saveResult(
  q: TenantRows,
  stored: StoredResult | undefined,
  f: ResultFields,
  at: Date,
): Promise<ActivityResult> {
  const values = [
    f.activityId,
    f.providerActivityId,
    f.commerceId,
    f.source,
    f.status,
    f.externalStatus,
    f.occurredAt,
    f.result,
    f.comment,
    f.contactType,
    f.operatorExternalId,
    f.futureScheduledAt,
    jsonParam(f.payload),
    jsonParam(f.rawPayload),
    f.hardOverride,
    at,
    q.tenantId,
    stored?.id ?? uuidv7(),
  ];
  const [row] = stored
    ? await q.sql.rows<ResultRow>(
        `update activity_result r set activity_id = $1, provider_activity_id = $2, commerce_id = $3, source = $4,
           result_status = $5, external_status = $6, occurred_at = $7, result_code = $8, comment = $9, contact_type = $10,
           operator_external_id = $11, future_scheduled_at = $12, payload = $13, raw_payload = $14, hard_override = $15,
           updated_at = $16
         where r.tenant_id = $17 and r.id = $18 returning ${RESULT_COLUMNS}`,
        values,
      )
    : await q.sql.rows<ResultRow>(
        `insert into activity_result as r (activity_id, provider_activity_id, commerce_id, source, result_status,
           external_status, occurred_at, result_code, comment, contact_type, operator_external_id, future_scheduled_at,
           payload, raw_payload, hard_override, updated_at, created_at, tenant_id, id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17, $18)
         returning ${RESULT_COLUMNS}`,
        values,
      );
  return toResult(row!);
}

/** The API's hot SQL, as the baseline sends it and as docs/performance.md explains it. */
// Timestamps come back as text formatted in SQL, exactly as the API reads them.
const iso = (column: string, alias = column.replace(/^\w+\./, '')) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ${alias}`;

export const ACTIVITY_COLUMNS = `a.id, a.type, a.channel, a.status, a.reason, a.idempotency_key, ${iso('a.scheduled_at')},
  ${iso('a.suggested_execution_time')}, a.user_status, a.score, a.commerce_id, a.assignment_reason, a.assigned_route_id,
  a.assigned_operator_id, a.target_criteria, a.provider_activity_id, a.dispatch_attempt_count, ${iso('a.created_at')},
  ${iso('a.updated_at')}, c.name as commerce_name, c.external_id as commerce_external_id`;
export const FIND_ACTIVITY = `select ${ACTIVITY_COLUMNS} from activity a join commerce c on c.id = a.commerce_id
  where a.tenant_id = $1 and a.id = $2`;
export const ISO_OCCURRED_AT = iso('occurred_at');
export const RESULT_COLUMNS = `r.id, r.activity_id, r.provider_activity_id, r.commerce_id, r.source, r.result_status,
  r.external_status, ${iso('r.occurred_at')}, r.result_code, r.comment, r.contact_type, r.operator_external_id,
  ${iso('r.future_scheduled_at')}, r.payload, r.raw_payload, r.hard_override, ${iso('r.created_at')}, ${iso('r.updated_at')}`;

export interface ListFilters {
  status?: string;
  type?: string;
  channel?: string;
  search?: string;
}

/** The page and the total of GET /api/activities, built as listActivities builds them. */
export function listQueries(tenant: string, filters: ListFilters, limit: number, offset: number) {
  const where = ['a.tenant_id = $1'];
  const params: unknown[] = [tenant];
  const counted = ['tenant_id = $1'];
  for (const column of ['status', 'type', 'channel'] as const) {
    const value = filters[column];
    if (value === undefined) continue;
    params.push(value);
    where.push(`a.${column} = $${params.length}`);
    counted.push(`${column} = $${params.length}`);
  }
  if (filters.search) {
    params.push(`%${filters.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    const n = params.length;
    where.push(`a.id in (
      select id from activity where tenant_id = $1 and reten_fold(reason || ' ' || idempotency_key) like reten_fold($${n})
      union all
      select id from activity where tenant_id = $1 and commerce_id in (
        select id from commerce where tenant_id = $1 and reten_fold(name || ' ' || external_id) like reten_fold($${n})))`);
  }
  const filter = where.join(' and ');
  return {
    page: {
      text: `select ${ACTIVITY_COLUMNS} from activity a join commerce c on c.id = a.commerce_id
       where ${filter} order by a.scheduled_at, a.id limit $${params.length + 1} offset $${params.length + 2}`,
      values: [...params, limit, offset],
    },
    count: {
      text: filters.search
        ? `select count(*)::int as total from activity a where ${filter}`
        : `select coalesce(sum(n), 0)::int as total from activity_count where ${counted.join(' and ')}`,
      values: filters.search ? params : params.slice(0, counted.length),
    },
  };
}

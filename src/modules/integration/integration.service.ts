import type { TenantContext } from '../../context.ts';
import { invalid, withFieldErrors } from '../../domain/errors.ts';
import { listTaskChanges } from '../activities/activities.queries.ts';
import { type ResultRules, submitTaskResult } from '../activity-results/activity-results.service.ts';
import { TaskResultTypeEntity } from '../task-result-types/task-result-type.entity.ts';
import { listTaskResultTypes } from '../task-result-types/task-result-types.service.ts';
import {
  decodeCursor,
  encodeCursor,
  INTEGRATION_STATUSES,
  type IntegrationTaskResultBody,
  type PullTasksQuery,
} from './integration.schemas.ts';

/** A partner reports on work it was given: an unknown task or commerce is its mistake (404), not a new record. */
const INTEGRATION_RESULT_RULES: ResultRules = { unmatched: 'not-found', overFinal: 'needs-override' };

/** The tenant's result types as partners read them: the code, its label and whether it needs a date. */
export async function resultTypeConfigs(ctx: TenantContext) {
  return (await listTaskResultTypes(ctx)).map((type) => ({
    code: type.code,
    label: type.label,
    requiresFutureScheduledAt: type.requiresFutureScheduledAt,
  }));
}

/** The next tasks in the tenant's change sequence after the partner's cursor, and where to resume. */
export async function pullTasks(ctx: TenantContext, query: PullTasksQuery) {
  const rows = await listTaskChanges(ctx, {
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    updatedSince: query.updated_since,
    status: query.status,
    channel: query.channel,
    scheduledFrom: query.scheduled_from,
    scheduledTo: query.scheduled_to,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1)?.position;
  return {
    data: page.map((row) => row.activity),
    nextCursor: last ? encodeCursor(last) : (query.cursor ?? null),
    hasMore: rows.length > query.limit,
  };
}

/**
 * A partner's result: its code must be one of the tenant's result types (with a future date when the type
 * says so), its status is mapped to the internal vocabulary, and the one result engine records it.
 */
export async function submitIntegrationResult(ctx: TenantContext, body: IntegrationTaskResultBody) {
  const code = body.task_result.result;
  const type = await ctx.em.findOne(TaskResultTypeEntity, { tenant: ctx.tenantId, code });
  if (!type) {
    const valid = (await resultTypeConfigs(ctx)).map((t) => t.code).join(', ');
    throw withFieldErrors('UNKNOWN_RESULT_CODE', "The result code is not one of the tenant's", [
      { path: 'body.task_result.result', message: `Not a configured result code; use one of: ${valid}` },
    ]);
  }
  const future = body.task_result.future_scheduled_at;
  if (type.requiresFutureScheduledAt && (!future || new Date(future) <= ctx.now)) {
    throw invalid([
      {
        path: 'body.task_result.future_scheduled_at',
        message: future ? `Must be in the future for ${code}` : `Required for ${code}`,
      },
    ]);
  }
  return submitTaskResult(ctx, { ...body, status: INTEGRATION_STATUSES[body.status] }, INTEGRATION_RESULT_RULES);
}

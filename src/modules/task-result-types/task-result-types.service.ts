import type { TenantContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import { TaskResultTypeEntity } from './task-result-type.entity.ts';
import type {
  CreateTaskResultTypeBody,
  TaskResultType,
  UpdateTaskResultTypeBody,
} from './task-result-types.schemas.ts';

function toTaskResultType(type: TaskResultTypeEntity): TaskResultType {
  return {
    id: type.id,
    code: type.code,
    label: type.label,
    requiresFutureScheduledAt: type.requiresFutureScheduledAt,
    createdAt: type.createdAt.toISOString(),
    updatedAt: type.updatedAt.toISOString(),
  };
}

/** The tenant's result codes, by code. */
export async function listTaskResultTypes(ctx: TenantContext): Promise<TaskResultType[]> {
  const types = await ctx.em.find(TaskResultTypeEntity, { tenant: ctx.tenantId }, { orderBy: { code: 'asc' } });
  return types.map(toTaskResultType);
}

export async function createTaskResultType(ctx: TenantContext, body: CreateTaskResultTypeBody) {
  const type = ctx.em.create(TaskResultTypeEntity, {
    tenant: ctx.tenantId,
    code: body.code,
    label: body.label,
    requiresFutureScheduledAt: body.requires_future_scheduled_at,
  });
  await ctx.em.flush();
  return toTaskResultType(type);
}

async function findType(ctx: TenantContext, id: string): Promise<TaskResultTypeEntity> {
  const type = await ctx.em.findOne(TaskResultTypeEntity, { id, tenant: ctx.tenantId });
  if (!type) throw new DomainError('TASK_RESULT_TYPE_NOT_FOUND', `No task result type ${id} in this tenant`);
  return type;
}

export async function updateTaskResultType(ctx: TenantContext, id: string, body: UpdateTaskResultTypeBody) {
  const type = await findType(ctx, id);
  if (body.label !== undefined) type.label = body.label;
  if (body.requires_future_scheduled_at !== undefined)
    type.requiresFutureScheduledAt = body.requires_future_scheduled_at;
  await ctx.em.flush();
  return toTaskResultType(type);
}

export async function deleteTaskResultType(ctx: TenantContext, id: string): Promise<void> {
  await ctx.em.remove(await findType(ctx, id)).flush();
}

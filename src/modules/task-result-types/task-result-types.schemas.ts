import { z } from '@hono/zod-openapi';
import { Text } from '../../http/openapi.ts';

const TYPE_ID = '0193a0b2-6c1e-7f00-8000-6a2b3c4d5e6f';
const STAMP = '2025-01-16T09:00:00.000Z';

const fields = {
  label: Text(200).openapi({ description: 'What operators see', example: 'Reschedule the visit' }),
  requires_future_scheduled_at: z.boolean().openapi({
    description: 'A result with this code must carry a future `task_result.future_scheduled_at`',
    example: true,
  }),
};

export const CreateTaskResultTypeBodySchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,99}$/, 'Upper-case letters, digits and _, starting with a letter')
      .openapi({
        description: 'What partners send as `task_result.result`; unique in the tenant',
        example: 'RESCHEDULE',
      }),
    label: fields.label,
    requires_future_scheduled_at: fields.requires_future_scheduled_at.default(false),
  })
  .openapi('CreateTaskResultTypeBody');

export const UpdateTaskResultTypeBodySchema = z
  .strictObject({
    label: fields.label.optional(),
    requires_future_scheduled_at: fields.requires_future_scheduled_at.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateTaskResultTypeBody', { minProperties: 1 });

export type CreateTaskResultTypeBody = z.infer<typeof CreateTaskResultTypeBodySchema>;
export type UpdateTaskResultTypeBody = z.infer<typeof UpdateTaskResultTypeBodySchema>;

/** A result code as partners read it (`GET /api/integration/task-result-type-configs`). */
export const TaskResultTypeConfigSchema = z
  .object({
    code: z.string().openapi({ description: 'What to send as `task_result.result`', example: 'RESCHEDULE' }),
    label: z.string().openapi({ description: 'What operators see', example: 'Reschedule the visit' }),
    requiresFutureScheduledAt: z.boolean().openapi({
      description: 'A result with this code must carry a future `task_result.future_scheduled_at`',
      example: true,
    }),
  })
  .openapi('TaskResultTypeConfig');

export const TaskResultTypeSchema = TaskResultTypeConfigSchema.extend({
  id: z.guid().openapi({ description: 'Type id', example: TYPE_ID }),
  createdAt: z.iso.datetime().openapi({ description: 'When it was created', example: STAMP }),
  updatedAt: z.iso.datetime().openapi({ description: 'When it last changed', example: STAMP }),
}).openapi('TaskResultType');

export type TaskResultType = z.infer<typeof TaskResultTypeSchema>;

export const TaskResultTypeIdParamsSchema = z.object({
  id: z.guid().openapi({ param: { name: 'id', in: 'path' }, description: 'Type id', example: TYPE_ID }),
});

export const taskResultTypeExample: TaskResultType = {
  id: TYPE_ID,
  code: 'RESCHEDULE',
  label: 'Reschedule the visit',
  requiresFutureScheduledAt: true,
  createdAt: STAMP,
  updatedAt: STAMP,
};

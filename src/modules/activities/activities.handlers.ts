import { conditionalJson } from '../../http/conditional.ts';
import { tenantContext } from '../../http/context.ts';
import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppRouteHandler } from '../../http/types.ts';
import * as queries from './activities.queries.ts';
import type {
  AssignActivityTargetUserRoute,
  CancelActivityRoute,
  CreateActivityRoute,
  CreateTaskActivityRoute,
  GetActivityRoute,
  ListActivitiesRoute,
  ListActivityAttributesRoute,
  ListActivityStatusEventsRoute,
  ListActivityTargetUsersRoute,
  RetryActivityResolutionRoute,
} from './activities.routes.ts';
import * as activities from './activities.service.ts';
import { retryResolution } from './re-resolution.service.ts';
import * as targetUsers from './target-users.service.ts';

export const createActivity: AppRouteHandler<CreateActivityRoute> = async (c) =>
  c.json(await activities.createActivity(tenantContext(c), c.req.valid('json')), 201);

export const createTaskActivity: AppRouteHandler<CreateTaskActivityRoute> = async (c) =>
  c.json(await activities.createActivity(tenantContext(c), { ...c.req.valid('json'), type: 'TASK' }), 201);

export const listActivities: AppRouteHandler<ListActivitiesRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { data, total } = await queries.listActivities(tenantContext(c), query, page);
  return c.json({ data, meta: pageMeta(page, total) }, 200);
};

export const getActivity: AppRouteHandler<GetActivityRoute> = async (c) =>
  conditionalJson(c, await queries.findActivity(tenantContext(c), c.req.valid('param').id));

export const listActivityStatusEvents: AppRouteHandler<ListActivityStatusEventsRoute> = async (c) =>
  c.json(await queries.listStatusEvents(tenantContext(c), c.req.valid('param').id), 200);

export const listActivityAttributes: AppRouteHandler<ListActivityAttributesRoute> = async (c) =>
  c.json(await queries.listAttributes(tenantContext(c), c.req.valid('param').id), 200);

export const cancelActivity: AppRouteHandler<CancelActivityRoute> = async (c) =>
  c.json(await activities.cancelActivity(tenantContext(c), c.req.valid('param').id, c.req.valid('json').reason), 200);

export const listActivityTargetUsers: AppRouteHandler<ListActivityTargetUsersRoute> = async (c) =>
  c.json(await targetUsers.listTargetUsers(tenantContext(c), c.req.valid('param').id), 200);

export const assignActivityTargetUser: AppRouteHandler<AssignActivityTargetUserRoute> = async (c) => {
  const { id, targetUserId } = c.req.valid('param');
  const { commerce_user_id } = c.req.valid('json');
  return c.json(await targetUsers.assignTargetUser(tenantContext(c), id, targetUserId, commerce_user_id), 200);
};

export const retryActivityResolution: AppRouteHandler<RetryActivityResolutionRoute> = async (c) =>
  c.json(await retryResolution(tenantContext(c), c.req.valid('param').id), 200);

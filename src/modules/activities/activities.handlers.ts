import type { Context } from 'hono';
import { requestEm } from '../../auth/authorize.ts';
import type { Db } from '../../db/sql.ts';
import { pageMeta, toPage } from '../../http/pagination.ts';
import type { AppEnv, AppRouteHandler } from '../../http/types.ts';
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
import * as resolution from './activity-resolution.service.ts';

/**
 * The service context of a tenant route: the connection for plain SQL, the tenant, the clock, and the
 * tenant-filtered entity manager, forked only if a service asks for it. A class, so the getter lives on the
 * prototype: an object literal with a getter gets a hidden class of its own per request in V8, which cost
 * more CPU and 70 MB of RSS than the fork it saves (docs/performance.md).
 */
class RouteContext implements activities.TenantContext {
  readonly db: Db;
  readonly tenantId: string;
  readonly now: Date;
  readonly credentialsKey?: Buffer;
  readonly #c: Context<AppEnv>;

  constructor(c: Context<AppEnv>) {
    const { config, now, orm } = c.get('deps');
    this.#c = c;
    this.db = orm.em.getConnection();
    this.tenantId = c.get('tenantId');
    this.now = now();
    this.credentialsKey = config.credentialsKey;
  }

  get em() {
    return requestEm(this.#c);
  }
}

export function tenantContext(c: Context<AppEnv>): activities.TenantContext {
  return new RouteContext(c);
}

export const createActivity: AppRouteHandler<CreateActivityRoute> = async (c) => {
  return c.json(await activities.createActivity(tenantContext(c), c.req.valid('json')), 201);
};

export const createTaskActivity: AppRouteHandler<CreateTaskActivityRoute> = async (c) => {
  return c.json(await activities.createActivity(tenantContext(c), { ...c.req.valid('json'), type: 'TASK' }), 201);
};

export const listActivities: AppRouteHandler<ListActivitiesRoute> = async (c) => {
  const query = c.req.valid('query');
  const page = toPage(query);
  const { data, total } = await activities.listActivities(tenantContext(c), query, page);
  return c.json({ data, meta: pageMeta(page, total) }, 200);
};

export const getActivity: AppRouteHandler<GetActivityRoute> = async (c) =>
  c.json(await activities.findActivity(tenantContext(c), c.req.valid('param').id), 200);

export const listActivityStatusEvents: AppRouteHandler<ListActivityStatusEventsRoute> = async (c) =>
  c.json(await activities.listStatusEvents(tenantContext(c), c.req.valid('param').id), 200);

export const listActivityAttributes: AppRouteHandler<ListActivityAttributesRoute> = async (c) =>
  c.json(await activities.listAttributes(tenantContext(c), c.req.valid('param').id), 200);

export const cancelActivity: AppRouteHandler<CancelActivityRoute> = async (c) => {
  const ctx = tenantContext(c);
  const { id } = c.req.valid('param');
  await activities.cancelActivity(ctx, id, c.req.valid('json').reason);
  return c.json(await activities.findActivity(ctx, id), 200);
};

export const listActivityTargetUsers: AppRouteHandler<ListActivityTargetUsersRoute> = async (c) =>
  c.json(await resolution.listTargetUsers(tenantContext(c), c.req.valid('param').id), 200);

export const assignActivityTargetUser: AppRouteHandler<AssignActivityTargetUserRoute> = async (c) => {
  const { id, targetUserId } = c.req.valid('param');
  const target = await resolution.assignTargetUser(
    tenantContext(c),
    id,
    targetUserId,
    c.req.valid('json').commerce_user_id,
  );
  return c.json(target, 200);
};

export const retryActivityResolution: AppRouteHandler<RetryActivityResolutionRoute> = async (c) => {
  const ctx = tenantContext(c);
  const { id } = c.req.valid('param');
  await resolution.retryResolution(ctx, id);
  return c.json(await activities.findActivity(ctx, id), 200);
};

import { p } from '@mikro-orm/core';
import { uuidv7 } from './ids.ts';

/** Columns every table has: a time-ordered UUID key and creation/update timestamps. */
export const baseProperties = {
  id: p
    .uuid()
    .primary()
    .onCreate(() => uuidv7()),
  createdAt: p.datetime().onCreate(() => new Date()),
  updatedAt: p
    .datetime()
    .onCreate(() => new Date())
    .onUpdate(() => new Date()),
};

/**
 * The tenant filter: on by default for every tenant-owned entity, so an entity manager that was not
 * given a tenant cannot read tenant rows at all (MikroORM refuses a filter without its argument).
 */
export const tenantFilter = {
  tenant: {
    cond: (args: { tenantId: string }) => ({ tenant: args.tenantId }),
    default: true,
  },
};

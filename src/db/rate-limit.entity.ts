import { defineEntity, p } from '@mikro-orm/core';

/**
 * The rate limits' shared counters (rate-limiter-flexible's PostgreSQL store, http/rate-limits.ts): declared
 * here so the migrations and the schema agree. Only the limiter reads and writes it.
 */
const RateLimitSchema = defineEntity({
  name: 'RateLimitEntity',
  tableName: 'rate_limit',
  properties: {
    key: p.string().length(255).primary(),
    points: p.integer().default(0),
    /** When the window ends, in milliseconds since the epoch. */
    expire: p.bigint().nullable(),
  },
});
export class RateLimitEntity extends RateLimitSchema.class {}
RateLimitSchema.setClass(RateLimitEntity);

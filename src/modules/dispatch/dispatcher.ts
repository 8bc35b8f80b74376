import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config, DispatchSettings } from '../../config.ts';
import type { Orm } from '../../db/orm.ts';
import { tenantEm } from '../../db/tenant-owned.ts';
import type { Channel } from '../../domain/activity-enums.ts';
import { ApiError } from '../../http/problem.ts';
import { findActivity } from '../activities/activities.service.ts';
import { ActivityEntity } from '../activities/activity.entity.ts';
import { listTargetUsers, resolveForDispatch } from '../activities/activity-resolution.service.ts';
import { changeStatus } from '../activities/status.service.ts';
import { type Credentials, credentialsBinding, decryptCredentials, scrubCredentials } from './credentials.ts';
import { afterFailure, hasAttemptsLeft, MAX_DISPATCH_ATTEMPTS } from './dispatch-policy.ts';
import type { CredentialField } from './provider-catalog.ts';
import { type DispatchPayload, PROVIDER_ADAPTERS, type ProviderOutcome } from './providers.ts';

export interface DispatcherDeps {
  orm: Orm;
  logger: Logger;
  /** The clock: due times, leases, backoff and event times all read it, so tests control time. */
  now: () => Date;
  /** Undefined only where no credentials were ever written (configs with credentials then fail to send). */
  credentialsKey?: Buffer;
  settings: Pick<DispatchSettings, 'batchSize' | 'concurrency' | 'timeoutMs' | 'leaseMs'>;
  /** Serve only these tenants (a worker per group of tenants; tests). Default: every tenant. */
  tenantIds?: readonly string[];
  fetch?: typeof fetch;
}

/** An active tenant config as the dispatcher reads it; credentials are still encrypted. */
export interface ActiveConfig {
  id: string;
  tenantId: string;
  channel: Channel;
  providerCode: string;
  baseUrl: string | null;
  credentials: string | null;
  settings: Record<string, unknown>;
  credentialSchema: CredentialField[];
}

/** One claimed attempt: the activity is leased to its claimer until `leaseUntil`. */
export interface Claim {
  activityId: string;
  tenantId: string;
  /** The attempt number, equal to the activity's `dispatchAttemptCount` while the claim is current. */
  attempt: number;
  leaseUntil: Date;
}

/** What recording an outcome did to the activity; STALE: the claim was no longer current, nothing changed. */
export type Recorded = 'DISPATCHED' | 'RETRY_SCHEDULED' | 'FAILED' | 'STALE';

export interface AttemptResult {
  outcome: ProviderOutcome;
  recorded: Recorded;
}

export interface CycleReport {
  /** Attempts claimed and sent. */
  attempts: number;
  dispatched: number;
  failedAttempts: number;
  /** True when some config had more due activities than one cycle takes: run again without waiting. */
  more: boolean;
}

interface ConfigRow {
  id: string;
  tenant_id: string;
  channel: Channel;
  provider_code: string;
  base_url: string | null;
  credentials: string | null;
  settings: Record<string, unknown>;
  credential_schema: CredentialField[];
}

/** Active configs whose provider and channel definition exist, as plain rows (no entity hydration). */
export async function activeConfigs(
  em: EntityManager,
  filter: { tenantIds?: readonly string[]; channel?: Channel } = {},
): Promise<ActiveConfig[]> {
  const where = ['dc.is_active', 'p.is_active'];
  const params: unknown[] = [];
  if (filter.tenantIds) {
    if (filter.tenantIds.length === 0) return [];
    where.push(`dc.tenant_id in (${filter.tenantIds.map(() => '?').join(', ')})`);
    params.push(...filter.tenantIds);
  }
  if (filter.channel) {
    where.push('dc.channel = ?');
    params.push(filter.channel);
  }
  const rows = await em.getConnection().execute<ConfigRow[]>(
    `select dc.id, dc.tenant_id, dc.channel, p.code as provider_code, dc.base_url, dc.credentials, dc.settings,
       cd.credential_schema
     from dispatch_config dc
     join dispatch_provider p on p.id = dc.dispatch_provider_id
     join dispatch_channel_definition cd on cd.dispatch_provider_id = p.id and cd.channel = dc.channel
     where ${where.join(' and ')} order by dc.tenant_id, dc.channel`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    channel: r.channel,
    providerCode: r.provider_code,
    baseUrl: r.base_url,
    credentials: r.credentials,
    settings: r.settings,
    credentialSchema: r.credential_schema,
  }));
}

/**
 * Starts an attempt on a locked READY activity: counts it, leases the activity and records
 * DISPATCH_ATTEMPT. An activity whose last allowed attempt was claimed but never recorded (its worker
 * died) is not tried again: it FAILS here, and null is returned.
 */
function startAttempt(
  tx: EntityManager,
  activity: ActivityEntity,
  config: ActiveConfig,
  now: Date,
  leaseMs: number,
  how: 'scheduled' | 'manual',
): Claim | null {
  if (!hasAttemptsLeft(activity.dispatchAttemptCount)) {
    activity.dispatchLeaseUntil = null;
    changeStatus(tx, activity, 'FAILED', 'FAILED', now, {
      errorCode: 'DISPATCH_ATTEMPTS_EXHAUSTED',
      errorMessage: `Attempt ${activity.dispatchAttemptCount} of ${MAX_DISPATCH_ATTEMPTS} was started but its outcome was never recorded (the worker stopped); it is not retried`,
    });
    return null;
  }
  const attempt = activity.dispatchAttemptCount + 1;
  const leaseUntil = new Date(now.getTime() + leaseMs);
  activity.dispatchAttemptCount = attempt;
  activity.dispatchLeaseUntil = leaseUntil;
  changeStatus(tx, activity, 'READY', 'DISPATCH_ATTEMPT', now, {
    reason: `${how === 'manual' ? 'Manual attempt' : 'Attempt'} ${attempt} of ${MAX_DISPATCH_ATTEMPTS} via ${config.providerCode}`,
  });
  return { activityId: activity.id, tenantId: config.tenantId, attempt, leaseUntil };
}

/**
 * Sends READY activities to their tenant's provider. Every attempt is three steps, so that no
 * transaction is open while a provider is called:
 * 1. claim, in a short transaction: lock due rows with FOR UPDATE SKIP LOCKED (other workers skip
 *    them), increment `dispatch_attempt_count`, set `dispatch_lease_until`, record DISPATCH_ATTEMPT;
 * 2. call the provider, with no transaction and a timeout shorter than the lease;
 * 3. record, in a second short transaction, only if the activity is still READY and its attempt count
 *    is still ours (the lease was not taken over): DISPATCH_SUCCESS (DISPATCHED) or DISPATCH_FAILED
 *    with a retry time, FAILED after the last attempt.
 * A worker that dies between 1 and 3 leaves a lease that expires; the activity is then due again.
 */
export function createDispatcher(deps: DispatcherDeps) {
  const { orm, logger, settings } = deps;
  const fetchFn = deps.fetch ?? fetch;

  /** Claims up to `limit` due activities of one config. `touched` counts rows taken, even those that FAILED. */
  async function claimDue(config: ActiveConfig, limit: number): Promise<{ claims: Claim[]; touched: number }> {
    const now = deps.now();
    return tenantEm(orm, config.tenantId).transactional(async (tx) => {
      const due = await tx.find(
        ActivityEntity,
        {
          channel: config.channel,
          status: 'READY',
          scheduledAt: { $lte: now },
          $and: [
            { $or: [{ nextDispatchAt: null }, { nextDispatchAt: { $lte: now } }] },
            { $or: [{ dispatchLeaseUntil: null }, { dispatchLeaseUntil: { $lte: now } }] },
          ],
        },
        { orderBy: { scheduledAt: 'asc', id: 'asc' }, limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      const claims = due
        .map((activity) => startAttempt(tx, activity, config, now, settings.leaseMs, 'scheduled'))
        .filter((claim) => claim !== null);
      return { claims, touched: due.length };
    });
  }

  async function payloadFor(claim: Claim): Promise<DispatchPayload> {
    const em = tenantEm(orm, claim.tenantId);
    const context = { em, db: em.getConnection(), tenantId: claim.tenantId, now: deps.now() };
    const activity = await findActivity(context, claim.activityId);
    const connection = em.getConnection();
    const [commerces, attributes, targetUsers] = await Promise.all([
      connection.execute<{ id: string; external_id: string; name: string; tax_id: string | null }[]>(
        'select id, external_id, name, tax_id from commerce where tenant_id = ? and id = ?',
        [claim.tenantId, activity.commerceAssignment.commerceId],
      ),
      connection.execute<{ key: string; value: unknown }[]>(
        `select k.key, aa.value from activity_attribute aa join attribute_key k on k.id = aa.attribute_key_id
         where aa.tenant_id = ? and aa.activity_id = ? and aa.resolution_status in ('RESOLVED', 'FALLBACK')
         order by k.key`,
        [claim.tenantId, claim.activityId],
      ),
      listTargetUsers(context, claim.activityId),
    ]);
    const commerce = commerces[0];
    if (!commerce) throw new Error(`Commerce ${activity.commerceAssignment.commerceId} is missing`);
    return {
      tenantId: claim.tenantId,
      attempt: claim.attempt,
      activity,
      commerce: { id: commerce.id, externalId: commerce.external_id, name: commerce.name, taxId: commerce.tax_id },
      attributes: Object.fromEntries(attributes.map((a) => [a.key, a.value ?? null])),
      targetUsers,
    };
  }

  function openCredentials(config: ActiveConfig): { credentials: Credentials } | { failure: ProviderOutcome } {
    if (!config.credentials) return { credentials: {} };
    const failure = (errorMessage: string) => ({
      failure: { ok: false as const, errorCode: 'DISPATCH_CONFIG_INVALID', errorMessage },
    });
    if (!deps.credentialsKey) return failure('No credentials key is configured on this server (CREDENTIALS_KEY)');
    try {
      const binding = credentialsBinding(config.tenantId, config.id);
      return { credentials: decryptCredentials(deps.credentialsKey, config.credentials, binding) };
    } catch {
      return failure('The stored credentials cannot be decrypted with this server key (CREDENTIALS_KEY changed?)');
    }
  }

  /** Step 2: no transaction is open here. Credentials are decrypted only now, and scrubbed from any error. */
  async function send(claim: Claim, config: ActiveConfig): Promise<ProviderOutcome> {
    const adapter = PROVIDER_ADAPTERS[config.providerCode];
    if (!adapter) {
      return { ok: false, errorCode: 'DISPATCH_CONFIG_INVALID', errorMessage: `No adapter for ${config.providerCode}` };
    }
    const opened = openCredentials(config);
    if ('failure' in opened) return opened.failure;
    const { credentials } = opened;
    try {
      // ON_DISPATCH attributes and targets are resolved now, before the payload is built.
      const em = tenantEm(orm, claim.tenantId);
      const context = { em, db: em.getConnection(), tenantId: claim.tenantId, now: deps.now() };
      const unresolved = await resolveForDispatch(
        { ...context, credentialsKey: deps.credentialsKey },
        claim.activityId,
      );
      if (unresolved) return { ok: false, errorCode: 'RESOLUTION_FAILED', errorMessage: unresolved };
      const outcome = await adapter({
        baseUrl: config.baseUrl,
        credentials,
        credentialSchema: config.credentialSchema,
        settings: config.settings,
        payload: await payloadFor(claim),
        timeoutMs: settings.timeoutMs,
        fetch: fetchFn,
      });
      return outcome.ok ? outcome : { ...outcome, errorMessage: scrubCredentials(outcome.errorMessage, credentials) };
    } catch (err) {
      logger.error({ err, activityId: claim.activityId, tenantId: claim.tenantId }, 'dispatch failed unexpectedly');
      return { ok: false, errorCode: 'DISPATCH_ERROR', errorMessage: 'The dispatch failed inside the server' };
    }
  }

  /** Step 3: applies the outcome if the claim is still current (READY, same attempt count). */
  async function record(claim: Claim, outcome: ProviderOutcome): Promise<Recorded> {
    return tenantEm(orm, claim.tenantId).transactional(async (tx) => {
      const activity = await tx.findOne(
        ActivityEntity,
        { id: claim.activityId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (activity?.status !== 'READY' || activity.dispatchAttemptCount !== claim.attempt) return 'STALE';
      const at = deps.now();
      activity.dispatchLeaseUntil = null;
      if (outcome.ok) {
        activity.providerActivityId = outcome.providerActivityId ?? activity.providerActivityId;
        activity.nextDispatchAt = null;
        changeStatus(tx, activity, 'DISPATCHED', 'DISPATCH_SUCCESS', at);
        return 'DISPATCHED';
      }
      const { errorCode, errorMessage } = outcome;
      changeStatus(tx, activity, 'READY', 'DISPATCH_FAILED', at, {
        errorCode,
        errorMessage,
        reason: `Attempt ${claim.attempt} of ${MAX_DISPATCH_ATTEMPTS}`,
      });
      const next = afterFailure(claim.attempt, at);
      if ('retryAt' in next) {
        activity.nextDispatchAt = next.retryAt;
        return 'RETRY_SCHEDULED';
      }
      activity.nextDispatchAt = null;
      changeStatus(tx, activity, 'FAILED', 'FAILED', at, {
        errorCode: 'DISPATCH_ATTEMPTS_EXHAUSTED',
        errorMessage: `All ${MAX_DISPATCH_ATTEMPTS} dispatch attempts failed; the last one: ${errorCode}: ${errorMessage}`,
      });
      return 'FAILED';
    });
  }

  /** Steps 2 and 3 for one claim, with one log line for the attempt. */
  async function complete(claim: Claim, config: ActiveConfig): Promise<AttemptResult> {
    const started = performance.now();
    const outcome = await send(claim, config);
    const recorded = await record(claim, outcome);
    const line = {
      tenantId: claim.tenantId,
      activityId: claim.activityId,
      attempt: claim.attempt,
      provider: config.providerCode,
      recorded,
      ms: Math.round(performance.now() - started),
    };
    if (outcome.ok) logger.info({ ...line, providerActivityId: outcome.providerActivityId }, 'dispatch attempt');
    else logger.warn({ ...line, errorCode: outcome.errorCode, errorMessage: outcome.errorMessage }, 'dispatch attempt');
    if (recorded === 'STALE') logger.warn(line, 'dispatch outcome not recorded: the claim was no longer current');
    return { outcome, recorded };
  }

  /**
   * One pass over every active config: up to `batchSize` due activities each, claimed `concurrency` at a
   * time so that every claim is sent as soon as it is taken (well within its lease). Tenants and
   * channels without an active config are never queried, so their READY activities cost nothing.
   */
  async function runCycle(options: { shouldStop?: () => boolean } = {}): Promise<CycleReport> {
    const report: CycleReport = { attempts: 0, dispatched: 0, failedAttempts: 0, more: false };
    const configs = await activeConfigs(orm.em.fork(), { tenantIds: deps.tenantIds });
    for (const config of configs) {
      let taken = 0;
      while (taken < settings.batchSize && !options.shouldStop?.()) {
        const { claims, touched } = await claimDue(config, Math.min(settings.concurrency, settings.batchSize - taken));
        if (touched === 0) break;
        taken += touched;
        const results = await Promise.all(claims.map((claim) => complete(claim, config)));
        report.attempts += results.length;
        report.dispatched += results.filter((r) => r.recorded === 'DISPATCHED').length;
        report.failedAttempts += results.filter((r) => !r.outcome.ok).length;
      }
      if (taken >= settings.batchSize) report.more = true;
      if (options.shouldStop?.()) break;
    }
    return report;
  }

  /**
   * Manual dispatch of one READY TASK, now: same claim, send and record as the worker, but it ignores
   * `scheduled_at` and the retry wait. A provider failure is recorded like the worker's (and retried by
   * it later, within the attempt limit), then reported as PROVIDER_FAILED.
   */
  async function dispatchNow(tenantId: string, activityId: string): Promise<AttemptResult> {
    const now = deps.now();
    const prepared = await tenantEm(orm, tenantId).transactional(async (tx) => {
      const activity = await tx.findOne(ActivityEntity, { id: activityId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!activity) throw new ApiError('ACTIVITY_NOT_FOUND', `No activity ${activityId} in this tenant`);
      if (activity.type !== 'TASK' || activity.status !== 'READY') {
        throw new ApiError(
          'INVALID_ACTIVITY_STATE',
          `Only READY TASKs can be dispatched; this is a ${activity.status} ${activity.type}`,
        );
      }
      const [config] = await activeConfigs(tx, { tenantIds: [tenantId], channel: activity.channel });
      if (!config) {
        throw new ApiError('DISPATCH_CONFIG_NOT_FOUND', `No active dispatch config for channel ${activity.channel}`);
      }
      if (activity.dispatchLeaseUntil && activity.dispatchLeaseUntil > now) {
        throw new ApiError(
          'DISPATCH_IN_PROGRESS',
          'The activity is being dispatched right now; check its status events',
        );
      }
      return { config, claim: startAttempt(tx, activity, config, now, settings.leaseMs, 'manual') };
    });
    if (!prepared.claim) {
      throw new ApiError('INVALID_ACTIVITY_STATE', 'The activity had used every dispatch attempt and is now FAILED');
    }
    const result = await complete(prepared.claim, prepared.config);
    if (!result.outcome.ok) {
      const then =
        result.recorded === 'FAILED'
          ? 'it was the last attempt, so the activity is now FAILED'
          : 'the dispatcher retries it after the backoff';
      throw new ApiError(
        'PROVIDER_FAILED',
        `The provider did not accept the activity (${result.outcome.errorCode}: ${result.outcome.errorMessage}); ${then}`,
      );
    }
    return result;
  }

  return { claimDue, send, record, complete, runCycle, dispatchNow };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

/**
 * Runs cycles until stopped: every `intervalMs`, or straight away while a cycle leaves due work
 * behind. `stop()` lets the running cycle finish its current claims (never abandons a claimed
 * activity mid-send) and resolves when it has.
 */
export function startDispatchWorker(deps: DispatcherDeps & { intervalMs: number }) {
  const dispatcher = createDispatcher(deps);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (ms: number) => {
    if (!stopped) timer = setTimeout(tick, ms);
  };
  function tick() {
    running = dispatcher.runCycle({ shouldStop: () => stopped }).then(
      (report) => {
        if (report.attempts > 0) deps.logger.info(report, 'dispatch cycle');
        schedule(report.more ? 0 : deps.intervalMs);
      },
      (err: unknown) => {
        deps.logger.error({ err }, 'dispatch cycle failed');
        schedule(deps.intervalMs);
      },
    );
  }
  schedule(0);
  deps.logger.info({ intervalMs: deps.intervalMs, tenants: deps.tenantIds ?? 'all' }, 'dispatcher started');
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      deps.logger.info('dispatcher stopped');
    },
  };
}

/** The worker as the server and `npm run worker` run it: real clock, settings and key from the config. */
export function startConfiguredDispatchWorker(config: Config, orm: Orm, logger: Logger) {
  return startDispatchWorker({
    orm,
    logger: logger.child({ component: 'dispatcher' }),
    now: () => new Date(),
    credentialsKey: config.credentialsKey,
    settings: config.dispatch,
    intervalMs: config.dispatch.intervalMs,
  });
}

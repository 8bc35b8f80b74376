import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DispatchSettings } from '../../config.ts';
import { type ContextSource, TenantContext } from '../../context.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Metrics } from '../../observability/metrics.ts';
import { inSpan } from '../../observability/tracing.ts';
import { ActivityEntity } from '../activities/activity.entity.ts';
import { changeStatus } from '../activities/status.service.ts';
import { claim, isLeased, MAX_DISPATCH_ATTEMPTS, settle } from './claims.ts';
import { type ActiveConfig, activeConfigs, dueLagSeconds } from './dispatch.queries.ts';
import { type Claim, endOf, type SendOutcome, send } from './sending.ts';

export interface DispatcherDeps {
  /** The database, the clock (due times, leases, backoff and event times all read it) and the credentials key. */
  source: ContextSource;
  logger: Logger;
  settings: Pick<DispatchSettings, 'batchSize' | 'concurrency' | 'timeoutMs' | 'leaseMs'>;
  /** Serve only these tenants (a worker per group of tenants; tests). Default: every tenant. */
  tenantIds?: readonly string[];
  /** Where claims and their outcomes are counted. */
  metrics?: Metrics;
}

/** What recording an outcome did to the activity; STALE: the claim was no longer current, nothing changed. */
export type Recorded = 'DISPATCHED' | 'RETRY_SCHEDULED' | 'FAILED' | 'UNRESOLVED' | 'STALE';

export interface AttemptResult {
  outcome: SendOutcome;
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

const stateOf = (a: ActivityEntity) => ({
  status: a.status,
  attempts: a.dispatchAttemptCount,
  leaseUntil: a.dispatchLeaseUntil ?? null,
});

/**
 * Starts an attempt on a locked READY activity (claims.ts decides): counts it, leases the activity and
 * records DISPATCH_ATTEMPT; or FAILS an activity whose last attempt was claimed but never recorded.
 */
function startAttempt(
  tx: EntityManager,
  activity: ActivityEntity,
  config: ActiveConfig,
  now: Date,
  leaseMs: number,
  how: 'scheduled' | 'manual',
): Claim | null {
  const decision = claim(stateOf(activity), now, leaseMs);
  if ('exhausted' in decision) {
    activity.dispatchLeaseUntil = null;
    changeStatus(tx, activity, 'FAILED', 'FAILED', now, {
      errorCode: 'DISPATCH_ATTEMPTS_EXHAUSTED',
      errorMessage: `Attempt ${activity.dispatchAttemptCount} of ${MAX_DISPATCH_ATTEMPTS} was started but its outcome was never recorded (the worker stopped); it is not retried`,
    });
    return null;
  }
  activity.dispatchAttemptCount = decision.attempt;
  activity.dispatchLeaseUntil = decision.leaseUntil;
  changeStatus(tx, activity, 'READY', 'DISPATCH_ATTEMPT', now, {
    reason: `${how === 'manual' ? 'Manual attempt' : 'Attempt'} ${decision.attempt} of ${MAX_DISPATCH_ATTEMPTS} via ${config.providerCode}`,
  });
  return { activityId: activity.id, tenantId: config.tenantId, ...decision };
}

/**
 * Sends READY activities to their tenant's provider. Every attempt is three steps, so that no
 * transaction is open while a provider is called:
 * 1. claim, in a short transaction: lock due rows with FOR UPDATE SKIP LOCKED (other workers skip
 *    them), count the attempt, lease the activity, record DISPATCH_ATTEMPT;
 * 2. send (sending.ts), with no transaction and a timeout shorter than the lease;
 * 3. record, in a second short transaction, only if the claim is still current (claims.ts):
 *    DISPATCH_SUCCESS (DISPATCHED) or DISPATCH_FAILED with a retry time, FAILED after the last attempt;
 *    RESOLUTION_FAILED (UNRESOLVED, the attempt given back) when targets or attributes due at dispatch did not
 *    resolve, so no provider was called.
 * A worker that dies between 1 and 3 leaves a lease that expires; the activity is then due again.
 * Built once per process (the app's dependencies, the worker); each claim works in its tenant's context.
 */
export function createDispatcher(deps: DispatcherDeps) {
  const { source, logger, settings, metrics } = deps;
  const sendSettings = { timeoutMs: settings.timeoutMs, fetch: source.outbound.fetch, logger };
  const contextOf = (tenantId: string) => new TenantContext(source, tenantId);

  /** Claims up to `limit` due activities of one config. `touched` counts rows taken, even those that FAILED. */
  async function claimDue(config: ActiveConfig, limit: number): Promise<{ claims: Claim[]; touched: number }> {
    const ctx = contextOf(config.tenantId);
    const now = ctx.now;
    return ctx.em.transactional(async (tx) => {
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
        .filter((c) => c !== null);
      return { claims, touched: due.length };
    });
  }

  /** Step 3: applies the outcome if the claim is still current. */
  async function record(claimed: Claim, outcome: SendOutcome): Promise<Recorded> {
    const ctx = contextOf(claimed.tenantId);
    return ctx.em.transactional(async (tx) => {
      const activity = await tx.findOne(
        ActivityEntity,
        { id: claimed.activityId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const at = ctx.now;
      const settlement = activity
        ? settle(stateOf(activity), claimed.attempt, endOf(outcome), at)
        : ({ kind: 'stale' } as const);
      if (!activity || settlement.kind === 'stale') return 'STALE';
      activity.dispatchLeaseUntil = null;
      if (outcome.ok) {
        activity.providerActivityId = outcome.providerActivityId ?? activity.providerActivityId;
        activity.nextDispatchAt = null;
        changeStatus(tx, activity, 'DISPATCHED', 'DISPATCH_SUCCESS', at);
        return 'DISPATCHED';
      }
      const { errorCode, errorMessage } = outcome;
      if (settlement.kind === 'unresolved') {
        activity.dispatchAttemptCount = settlement.attempts;
        activity.nextDispatchAt = null;
        changeStatus(tx, activity, 'UNRESOLVED', 'RESOLUTION_FAILED', at, { errorCode, errorMessage });
        return 'UNRESOLVED';
      }
      changeStatus(tx, activity, 'READY', 'DISPATCH_FAILED', at, {
        errorCode,
        errorMessage,
        reason: `Attempt ${claimed.attempt} of ${MAX_DISPATCH_ATTEMPTS}`,
      });
      if (settlement.kind === 'retry') {
        activity.nextDispatchAt = settlement.retryAt;
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
  function complete(claimed: Claim, config: ActiveConfig): Promise<AttemptResult> {
    const attributes = { 'reten.tenant_id': claimed.tenantId, 'reten.provider': config.providerCode };
    return inSpan('dispatch attempt', attributes, () => attempt(claimed, config));
  }

  async function attempt(claimed: Claim, config: ActiveConfig): Promise<AttemptResult> {
    const started = performance.now();
    const outcome = await send(contextOf(claimed.tenantId), claimed, config, sendSettings);
    const recorded = await record(claimed, outcome);
    metrics?.dispatchRecorded(config.providerCode, recorded);
    const line = {
      tenantId: claimed.tenantId,
      activityId: claimed.activityId,
      attempt: claimed.attempt,
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
    const configs = await activeConfigs(source.sql, { tenantIds: deps.tenantIds });
    for (const config of configs) {
      let taken = 0;
      while (taken < settings.batchSize && !options.shouldStop?.()) {
        const { claims, touched } = await claimDue(config, Math.min(settings.concurrency, settings.batchSize - taken));
        if (touched === 0) break;
        taken += touched;
        metrics?.dispatchClaimed(config.providerCode, claims.length);
        const results = await Promise.all(claims.map((c) => complete(c, config)));
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
   * it later, within the attempt limit), then reported as PROVIDER_FAILED; a resolution failure leaves the
   * activity UNRESOLVED, its attempt given back, and is reported as RESOLUTION_FAILED.
   */
  async function dispatchNow(ctx: TenantContext, activityId: string): Promise<AttemptResult> {
    const now = ctx.now;
    // Read before the transaction, so it never waits for a second connection while holding one.
    const configs = await activeConfigs(source.sql, { tenantIds: [ctx.tenantId] });
    const prepared = await ctx.em.transactional(async (tx) => {
      const activity = await tx.findOne(ActivityEntity, { id: activityId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!activity) throw new DomainError('ACTIVITY_NOT_FOUND', `No activity ${activityId} in this tenant`);
      if (activity.type !== 'TASK' || activity.status !== 'READY') {
        throw new DomainError(
          'INVALID_ACTIVITY_STATE',
          `Only READY TASKs can be dispatched; this is a ${activity.status} ${activity.type}`,
        );
      }
      const config = configs.find((c) => c.channel === activity.channel);
      if (!config) {
        throw new DomainError('DISPATCH_CONFIG_NOT_FOUND', `No active dispatch config for channel ${activity.channel}`);
      }
      if (isLeased(stateOf(activity), now)) {
        throw new DomainError(
          'DISPATCH_IN_PROGRESS',
          'The activity is being dispatched right now; check its status events',
        );
      }
      return { config, claimed: startAttempt(tx, activity, config, now, settings.leaseMs, 'manual') };
    });
    if (prepared.claimed) metrics?.dispatchClaimed(prepared.config.providerCode, 1);
    if (!prepared.claimed) {
      throw new DomainError('INVALID_ACTIVITY_STATE', 'The activity had used every dispatch attempt and is now FAILED');
    }
    const result = await complete(prepared.claimed, prepared.config);
    const { outcome } = result;
    if (!outcome.ok && 'unresolved' in outcome) {
      const recovery =
        result.recorded === 'UNRESOLVED'
          ? ' The activity is now UNRESOLVED: retry its resolution, or assign a target user'
          : '';
      throw new DomainError('RESOLUTION_FAILED', `Nothing was sent: ${outcome.errorMessage}.${recovery}`);
    }
    if (!outcome.ok) {
      const then =
        result.recorded === 'FAILED'
          ? 'it was the last attempt, so the activity is now FAILED'
          : 'the dispatcher retries it after the backoff';
      throw new DomainError(
        'PROVIDER_FAILED',
        `The provider did not accept the activity (${outcome.errorCode}: ${outcome.errorMessage}); ${then}`,
      );
    }
    return result;
  }

  /** The longest any due, unclaimed activity has waited, over the configs this dispatcher serves (metrics). */
  async function dueLag(): Promise<number> {
    const now = source.now();
    const configs = await activeConfigs(source.sql, { tenantIds: deps.tenantIds });
    const lags = await Promise.all(
      configs.map((config) => dueLagSeconds(source.sql.forTenant(config.tenantId), config, now)),
    );
    return Math.max(0, ...lags);
  }

  return { claimDue, record, complete, runCycle, dispatchNow, dueLag };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

/**
 * Runs the dispatcher's cycles until stopped: every `intervalMs`, or straight away while a cycle leaves
 * due work behind. `stop()` lets the running cycle finish its current claims (never abandons a claimed
 * activity mid-send) and resolves when it has.
 */
export function startDispatchWorker(dispatcher: Dispatcher, intervalMs: number, logger: Logger, metrics?: Metrics) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = (ms: number) => {
    if (!stopped) timer = setTimeout(tick, ms);
  };
  function tick() {
    running = dispatcher.runCycle({ shouldStop: () => stopped }).then(
      (report) => {
        if (report.attempts > 0) logger.info(report, 'dispatch cycle');
        schedule(report.more ? 0 : intervalMs);
      },
      (err: unknown) => {
        metrics?.databaseFailure(err);
        logger.error({ err }, 'dispatch cycle failed');
        schedule(intervalMs);
      },
    );
  }
  schedule(0);
  logger.info({ intervalMs }, 'dispatcher started');
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      logger.info('dispatcher stopped');
    },
  };
}

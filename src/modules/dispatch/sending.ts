/**
 * Sending one claimed attempt: the credentials opened, what waited for dispatch resolved, the payload
 * built, the provider called. No transaction is open here, and no error escapes: every failure is an
 * outcome the dispatcher records.
 */
import type { Logger } from 'pino';
import type { TenantContext } from '../../context.ts';
import { openSecrets } from '../../crypto/envelope.ts';
import {
  findActivity,
  loadAssignment,
  resolvedAttributeValues,
  targetUsersOf,
} from '../activities/activities.queries.ts';
import { resolveForDispatch } from '../activities/re-resolution.service.ts';
import type { AttemptEnd } from './claims.ts';
import { type Credentials, credentialsBinding, scrubCredentials } from './credentials.ts';
import type { ActiveConfig } from './dispatch.queries.ts';
import { type DispatchPayload, PROVIDER_ADAPTERS, type ProviderOutcome } from './providers.ts';

export interface SendSettings {
  timeoutMs: number;
  fetch: typeof fetch;
  logger: Logger;
}

/** One claimed attempt of one activity. */
export interface Claim {
  activityId: string;
  tenantId: string;
  /** The attempt number, equal to the activity's attempt count while the claim is current. */
  attempt: number;
  leaseUntil: Date;
}

function openCredentials(
  ctx: TenantContext,
  config: ActiveConfig,
): { credentials: Credentials } | { failure: ProviderOutcome } {
  if (!config.credentials) return { credentials: {} };
  const failure = (errorMessage: string) => ({
    failure: { ok: false as const, errorCode: 'DISPATCH_CONFIG_INVALID', errorMessage },
  });
  if (!ctx.credentialsKey) return failure('No credentials key is configured on this server (CREDENTIALS_KEY)');
  try {
    return {
      credentials: openSecrets(ctx.credentialsKey, config.credentials, credentialsBinding(config.tenantId, config.id)),
    };
  } catch {
    return failure('The stored credentials cannot be decrypted with this server key (CREDENTIALS_KEY changed?)');
  }
}

/** What the provider receives: the activity as the API shows it, its commerce, attributes and target users. */
async function payloadFor(ctx: TenantContext, claim: Claim): Promise<DispatchPayload> {
  const activity = await findActivity(ctx, claim.activityId);
  const [commerce, attributes, targetUsers] = await Promise.all([
    loadAssignment(ctx, { commerceId: activity.commerceAssignment.commerceId }),
    resolvedAttributeValues(ctx, claim.activityId),
    targetUsersOf(ctx, claim.activityId),
  ]);
  return {
    tenantId: claim.tenantId,
    attempt: claim.attempt,
    activity,
    commerce: { id: commerce.id, externalId: commerce.externalId, name: commerce.name, taxId: commerce.taxId },
    attributes,
    targetUsers,
  };
}

/** What an attempt came to: the provider's outcome, or a resolution that failed before any provider was called. */
export type SendOutcome =
  | ProviderOutcome
  | { ok: false; unresolved: true; errorCode: 'RESOLUTION_FAILED'; errorMessage: string };

export const endOf = (outcome: SendOutcome): AttemptEnd =>
  outcome.ok ? 'sent' : 'unresolved' in outcome ? 'unresolved' : 'provider-failed';

/** Credentials are opened only now, and scrubbed from any error the provider echoes. */
export async function send(
  ctx: TenantContext,
  claim: Claim,
  config: ActiveConfig,
  settings: SendSettings,
): Promise<SendOutcome> {
  const adapter = PROVIDER_ADAPTERS[config.providerCode];
  if (!adapter) {
    return { ok: false, errorCode: 'DISPATCH_CONFIG_INVALID', errorMessage: `No adapter for ${config.providerCode}` };
  }
  const opened = openCredentials(ctx, config);
  if ('failure' in opened) return opened.failure;
  const { credentials } = opened;
  try {
    // ON_DISPATCH attributes and targets are resolved now, before the payload is built.
    const unresolved = await resolveForDispatch(ctx, claim.activityId);
    if (unresolved) return { ok: false, unresolved: true, errorCode: 'RESOLUTION_FAILED', errorMessage: unresolved };
    const outcome = await adapter({
      baseUrl: config.baseUrl,
      credentials,
      credentialSchema: config.credentialSchema,
      settings: config.settings,
      payload: await payloadFor(ctx, claim),
      timeoutMs: settings.timeoutMs,
      fetch: settings.fetch,
    });
    return outcome.ok ? outcome : { ...outcome, errorMessage: scrubCredentials(outcome.errorMessage, credentials) };
  } catch (err) {
    settings.logger.error(
      { err, activityId: claim.activityId, tenantId: claim.tenantId },
      'dispatch failed unexpectedly',
    );
    return { ok: false, errorCode: 'DISPATCH_ERROR', errorMessage: 'The dispatch failed inside the server' };
  }
}

import type { TenantContext } from '../../context.ts';
import { signHookRequest } from '../../crypto/signature.ts';
import { deeperThan, findNul, MAX_JSON_DEPTH } from '../../domain/json.ts';
import { ClientHookEntity } from '../activity-config/activity-config.entity.ts';
import { openHookSecret } from '../activity-config/client-hook-secret.ts';
import type { AttributeResolver, ResolutionSubject } from './resolution-engine.ts';

interface LoadedHook {
  url: string;
  secret: string;
  timeoutMs: number;
}

/**
 * Resolves CLIENT_HOOK attributes by POSTing `{ key, activity, commerce, targetUserId }` to the tenant's
 * hook; a 2xx JSON `{ value }` resolves. Redirects are not followed, and a timeout, another status or a
 * malformed answer fails the attribute with the reason. Callers run it outside any transaction. The hook is
 * read once, when an attribute first needs it.
 */
export function createClientHookResolver(ctx: TenantContext): AttributeResolver {
  let hook: Promise<LoadedHook | null> | undefined;
  const load = async (): Promise<LoadedHook | null> => {
    const row = await ctx.em.findOne(ClientHookEntity, { tenant: ctx.tenantId });
    if (!row) return null;
    if (!ctx.credentialsKey) throw new Error('This server has no credentials key to open the client hook secret');
    return {
      url: row.url,
      secret: openHookSecret(ctx.credentialsKey, ctx.tenantId, row.secretEnvelope),
      timeoutMs: row.timeoutMs,
    };
  };
  return {
    type: 'CLIENT_HOOK',
    async resolve(attributeKey: string, subject: ResolutionSubject) {
      hook ??= load();
      const target = await hook;
      if (!target) throw new Error('No client hook is configured for this tenant');
      const body = JSON.stringify({
        key: attributeKey,
        activity: subject.activity,
        commerce: {
          id: subject.commerce.id,
          externalId: subject.commerce.externalId,
          name: subject.commerce.name,
          taxId: subject.commerce.taxId ?? null,
        },
        targetUserId: subject.targetUserId,
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      let response: Response;
      try {
        response = await ctx.outbound.fetch(target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-reten-timestamp': timestamp,
            'x-reten-signature': signHookRequest(target.secret, timestamp, body),
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(target.timeoutMs),
        });
      } catch (err) {
        const timedOut = err instanceof Error && err.name === 'TimeoutError';
        throw new Error(
          timedOut
            ? `The client hook did not answer within ${target.timeoutMs} ms`
            : 'The client hook could not be reached',
        );
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        throw new Error(`The client hook answered ${response.status}`);
      }
      let answer: unknown;
      try {
        answer = await response.json();
      } catch {
        throw new Error('The client hook answered with malformed JSON');
      }
      if (answer === null || typeof answer !== 'object' || !('value' in answer)) {
        throw new Error('The client hook answer has no "value"');
      }
      const value = (answer as { value: unknown }).value;
      if (findNul(value) || deeperThan(value, MAX_JSON_DEPTH)) {
        throw new Error('The client hook value cannot be stored (NUL characters or nesting too deep)');
      }
      return value;
    },
  };
}

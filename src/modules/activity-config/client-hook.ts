import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findNul, jsonDepth, MAX_JSON_DEPTH } from '../../domain/json.ts';
import type { AttributeResolver, ResolutionSubject } from '../activities/resolution.service.ts';
import { decryptCredentials, encryptCredentials } from '../dispatch/credentials.ts';
import { ClientHookEntity } from './activity-config.entity.ts';

/** The secret is sealed with the same AES-256-GCM envelope as dispatch credentials, bound to its tenant. */
function binding(tenantId: string) {
  return `client_hook:${tenantId}`;
}

export function sealHookSecret(key: Buffer, tenantId: string, secret: string): string {
  return encryptCredentials(key, { secret }, binding(tenantId));
}

/**
 * The signature a hook verifies: HMAC-SHA256 over `<timestamp>.<body>` with the shared secret, sent as
 * `x-reten-signature: sha256=<hex>` beside `x-reten-timestamp` (Unix seconds), so a hook can reject
 * forged and replayed requests.
 */
export function signHookRequest(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

interface LoadedHook {
  url: string;
  secret: string;
  timeoutMs: number;
}

/**
 * Resolves CLIENT_HOOK attributes by POSTing `{ key, activity, commerce, targetUserId }` to the tenant's
 * hook; a 2xx JSON `{ value }` resolves. Redirects are not followed, and a timeout, another status or a
 * malformed answer fails the attribute with the reason. Callers run it outside any transaction.
 */
export function createClientHookResolver(
  em: EntityManager,
  tenantId: string,
  key: Buffer | undefined,
): AttributeResolver {
  let hook: Promise<LoadedHook | null> | undefined;
  const load = async (): Promise<LoadedHook | null> => {
    const row = await em.findOne(ClientHookEntity, { tenant: tenantId });
    if (!row) return null;
    if (!key) throw new Error('This server has no credentials key to open the client hook secret');
    const { secret } = decryptCredentials(key, row.secretEnvelope, binding(tenantId));
    return { url: row.url, secret: secret ?? '', timeoutMs: row.timeoutMs };
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
        response = await fetch(target.url, {
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
      if (findNul(value) || jsonDepth(value) > MAX_JSON_DEPTH) {
        throw new Error('The client hook value cannot be stored (NUL characters or nesting too deep)');
      }
      return value;
    },
  };
}

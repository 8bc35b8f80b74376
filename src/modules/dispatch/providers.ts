import { randomUUID } from 'node:crypto';
import type { Activity, TargetUser } from '../activities/activities.schemas.ts';
import { type Credentials, scrubCredentials } from './credentials.ts';
import type { CredentialField } from './provider-catalog.ts';

/** What a provider receives: the activity as the API shows it, its commerce and its resolved attributes. */
export interface DispatchPayload {
  tenantId: string;
  /** 1 for the first attempt; providers may see an activity again after a failed attempt. */
  attempt: number;
  activity: Activity;
  commerce: { id: string; externalId: string; name: string; taxId: string | null };
  /** RESOLVED and FALLBACK attribute values, by key. */
  attributes: Record<string, unknown>;
  /** Whom the activity addresses (empty when it has no target user). */
  targetUsers: TargetUser[];
}

export interface ProviderRequest {
  baseUrl: string | null;
  credentials: Credentials;
  credentialSchema: readonly CredentialField[];
  settings: Record<string, unknown>;
  payload: DispatchPayload;
  timeoutMs: number;
  fetch: typeof fetch;
}

export type ProviderOutcome =
  | { ok: true; providerActivityId: string | null }
  | { ok: false; errorCode: string; errorMessage: string };

export type ProviderAdapter = (request: ProviderRequest) => Promise<ProviderOutcome>;

const failure = (errorCode: string, errorMessage: string): ProviderOutcome => ({ ok: false, errorCode, errorMessage });

/** For development and tests: always succeeds with a new id, sends nothing anywhere. */
const mock: ProviderAdapter = async () => ({ ok: true, providerActivityId: randomUUID() });

/** `id` or `providerActivityId` of a JSON object reply (a string or number, up to 200 characters). */
export function providerActivityIdOf(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const record = parsed as Record<string, unknown>;
  for (const candidate of [record.providerActivityId, record.id]) {
    if ((typeof candidate === 'string' && candidate.length > 0) || typeof candidate === 'number') {
      const id = String(candidate);
      if (id.length <= 200) return id;
    }
  }
  return null;
}

/**
 * What of a provider's answer a status event keeps (any VIEWER of the tenant reads it): a short excerpt, its
 * control and format characters removed, so an error page cannot smuggle much, or anything unprintable.
 */
export const EXCERPT_LENGTH = 200;

export function excerpt(text: string): string {
  const flat = text
    .replace(/[\p{C}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/**
 * The generic REST provider: `POST {baseUrl}/activities` with the payload as JSON, credentials in the
 * headers the channel definition names, and `Idempotency-Key: <activity id>` so a provider can ignore
 * a repeat. Any 2xx is success; redirects are not followed (they would carry the credentials elsewhere).
 */
const webhook: ProviderAdapter = async (request) => {
  if (!request.baseUrl) return failure('DISPATCH_CONFIG_INVALID', 'The dispatch config has no base_url');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    'idempotency-key': request.payload.activity.id,
  };
  for (const field of request.credentialSchema) {
    const value = request.credentials[field.key];
    if (field.header && value !== undefined) headers[field.header] = value;
  }
  let status: number;
  let body: string;
  try {
    const response = await request.fetch(`${request.baseUrl.replace(/\/+$/, '')}/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify(request.payload),
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    status = response.status;
    body = await response.text();
  } catch (err) {
    if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
      return failure('PROVIDER_TIMEOUT', `The provider did not answer within ${request.timeoutMs} ms`);
    }
    return failure('PROVIDER_UNREACHABLE', `The provider could not be reached (${causeOf(err)})`);
  }
  if (status < 200 || status >= 300) {
    // Scrubbed before it is cut: a credential across the cut would leave its start behind.
    const text = excerpt(scrubCredentials(body, request.credentials));
    return failure('PROVIDER_HTTP_ERROR', `The provider answered HTTP ${status}${text ? `: ${text}` : ''}`);
  }
  return { ok: true, providerActivityId: providerActivityIdOf(body) };
};

export const PROVIDER_ADAPTERS: Record<string, ProviderAdapter> = { MOCK: mock, WEBHOOK: webhook };

// compose.yaml (issue 18, point 6): valid under the Compose specification's JSON schema, as written and as Compose
// reads it (interpolated), and shaped as the issue asks. No daemon or compose plugin runs here, so this is the check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../src/config.ts';
import { dockerfileStages, environment, ROOT } from './docker-build.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  restart?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }>;
  stop_grace_period?: string;
}

// Compose, like the `yaml` package with `merge`, applies YAML merge keys (`<<: *app`).
const raw = parse(read('compose.yaml'), { merge: true });
const SECRETS = {
  POSTGRES_PASSWORD: '0123456789abcdef0123456789abcdef',
  JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters',
  CREDENTIALS_KEY: Buffer.alloc(32, 7).toString('base64'),
};
const compose = interpolate(raw, SECRETS) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const { postgres, migrate, api, worker, lb } = compose.services as Record<string, Service>;

/**
 * Compose's interpolation of string values: `${NAME}`, `${NAME:-default}` / `${NAME-default}`, `${NAME:?error}` /
 * `${NAME?error}` (the colon forms also act on an empty value), `$NAME`, and `$$` for a dollar sign.
 */
function interpolate(value: unknown, env: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return value.replace(
      /\$(?:(\$)|\{(\w+)(?:(:?)([-?])([^}]*))?\}|(\w+))/g,
      (_, dollar, braced, colon, operator, argument, bare) => {
        if (dollar) return '$';
        const name = braced ?? bare;
        const set = colon ? Boolean(env[name]) : env[name] !== undefined;
        if (set || !operator) return env[name] ?? '';
        if (operator === '?') throw new Error(`required variable ${name} is missing a value: ${argument}`);
        return argument;
      },
    );
  }
  if (Array.isArray(value)) return value.map((item) => interpolate(item, env));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolate(item, env)]));
  }
  return value;
}

/** The settings a service's container runs with: the image's ENV, then the service's environment. */
function settingsOf(service: Service): Record<string, string> {
  const runtime = dockerfileStages().at(-1)!;
  return { ...environment(runtime), ...service.environment };
}

describe('compose.yaml', () => {
  it("is valid under the Compose specification's schema, as written and interpolated", () => {
    const schema = JSON.parse(read('test/contract-tools/compose-spec.json'));
    // strictTypes off: the schema's union types (an integer, or a string to interpolate) are deliberate.
    const validate = new Ajv2020({ allErrors: true, strictTypes: false }).compile(schema);
    for (const document of [raw, compose]) {
      validate(document);
      expect(validate.errors ?? []).toEqual([]);
    }
    // And it does refuse: a misspelt key, a replica count that is no number.
    expect(validate({ services: { api: { imagee: 'reten' } } })).toBe(false);
    expect(validate({ services: { api: { image: 'reten', deploy: { replicas: 2.5 } } } })).toBe(false);
  });

  it('starts nothing without its secrets, and has no default for them', () => {
    const required = [...read('compose.yaml').matchAll(/\$\{(\w+):\?/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(Object.keys(SECRETS)));
    for (const name of Object.keys(SECRETS)) {
      expect(() => interpolate(raw, { ...SECRETS, [name]: '' })).toThrow(`required variable ${name}`);
    }
  });

  it('runs the official PostgreSQL image, pinned to a major version, on a named volume, with a health check', () => {
    const major = Number(/^postgres:(\d+)(?:-[a-z]+)?$/.exec(postgres?.image ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(16);
    const [volume, target] = (postgres?.volumes?.[0] ?? '').split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
    // From 18 the image keeps its data in a folder per major version under /var/lib/postgresql.
    expect(target).toBe(major >= 18 ? '/var/lib/postgresql' : '/var/lib/postgresql/data');
    expect(postgres?.healthcheck?.test).toContain('pg_isready');
  });

  it('migrates once, with `npm run migrate`, after PostgreSQL is healthy and before any server or worker', () => {
    const scripts = JSON.parse(read('package.json')).scripts;
    expect(migrate?.command?.join(' ')).toBe(scripts.migrate);
    expect(migrate?.restart).toBe('no');
    expect(migrate?.depends_on?.postgres?.condition).toBe('service_healthy');
    for (const service of [api, worker]) {
      expect(service?.depends_on?.migrate?.condition).toBe('service_completed_successfully');
    }
  });

  it('runs two API replicas behind a load balancer, the only published port', () => {
    expect(api?.deploy?.replicas).toBe(2);
    expect(api?.image).toBe(migrate?.image);
    expect(api?.command).toBeUndefined(); // the image's CMD: the server
    const published = Object.entries(compose.services).filter(([, service]) => service.ports);
    expect(published.map(([name]) => name)).toEqual(['lb']);
    expect(lb?.ports).toEqual(['3000:8080']);
    expect(lb?.depends_on?.api?.condition).toBe('service_healthy');
    const [config, target] = (lb?.volumes?.[0] ?? '').split(':');
    expect(target).toBe('/etc/nginx/conf.d/default.conf');
    const nginx = read(config!);
    expect(nginx).toMatch(/listen 8080;/);
    expect(nginx).toMatch(/set \$api http:\/\/api:3000;/);
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
  });

  it('runs the dispatcher in a worker of its own, not in the API replicas', () => {
    expect(worker?.command?.join(' ')).toBe(JSON.parse(read('package.json')).scripts.worker);
    expect(worker?.image).toBe(migrate?.image);
    expect(loadConfig(settingsOf(api!)).dispatch.inProcess).toBe(false);
  });

  it('gives every process of the image a valid production configuration', () => {
    for (const service of [migrate!, api!, worker!]) {
      const config = loadConfig(settingsOf(service));
      expect(config.env).toBe('production');
      expect(config.databaseUrl).toBe(`postgres://reten:${SECRETS.POSTGRES_PASSWORD}@postgres:5432/reten`);
      expect(config.auth).toMatchObject({ kind: 'secret', secret: SECRETS.JWT_SECRET });
      expect(config.credentialsKey).toEqual(Buffer.from(SECRETS.CREDENTIALS_KEY, 'base64'));
    }
    // The client's address behind the load balancer: the one X-Forwarded-For entry nginx adds.
    expect(loadConfig(settingsOf(api!)).trustProxyHops).toBe(1);
  });

  it('lets a stopping replica or worker finish before it is killed', () => {
    const config = loadConfig(settingsOf(api!));
    const drainMs = config.shutdownGraceMs + config.shutdownTimeoutMs;
    for (const service of [api, worker]) {
      const seconds = Number(/^(\d+)s$/.exec(service?.stop_grace_period ?? '')?.[1]);
      expect(seconds * 1000).toBeGreaterThan(drainMs);
      expect(seconds * 1000).toBeGreaterThan(config.dispatch.timeoutMs);
    }
  });

  it('has a health check wherever one means something', () => {
    // The API's is the image's HEALTHCHECK (GET /health); the worker serves no HTTP and the job exits.
    const runtime = dockerfileStages().at(-1)!;
    expect(runtime.instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args).toMatch(/\/health'/);
    expect(api?.healthcheck).toBeUndefined();
    expect(worker?.healthcheck?.disable).toBe(true);
    expect(migrate?.healthcheck?.disable).toBe(true);
    expect(postgres?.healthcheck?.test).toBeDefined();
    expect(lb?.healthcheck?.test?.join(' ')).toMatch(/\/health$/);
  });
});

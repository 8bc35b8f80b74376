import { z } from '@hono/zod-openapi';
import { secured } from '../../auth/authorize.ts';
import { jsonBody, jsonResponse } from '../../http/openapi.ts';
import { CreateTenantBodySchema, TenantSchema } from './tenants.schemas.ts';

const example = {
  id: '6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b',
  name: 'Acme Distribution',
  slug: 'acme',
  createdAt: '2025-01-15T10:30:00.000Z',
  updatedAt: '2025-01-15T10:30:00.000Z',
};

export const createTenant = secured({
  method: 'post',
  path: '/tenants',
  operationId: 'createTenant',
  tags: ['Tenants'],
  summary: 'Create a tenant',
  permission: 'CREATE_TENANT',
  scope: 'platform',
  description: 'Creates a tenant. Tenants are platform-level: no `x-tenant-id`.',
  request: { body: jsonBody(CreateTenantBodySchema, 'The new tenant', { name: 'Acme Distribution', slug: 'acme' }) },
  responses: {
    201: jsonResponse(TenantSchema, 'The tenant was created', example),
  },
  problems: {
    409: 'The slug is taken (`TENANT_SLUG_CONFLICT`)',
  },
});

export const listTenants = secured({
  method: 'get',
  path: '/tenants',
  operationId: 'listTenants',
  tags: ['Tenants'],
  summary: 'List tenants',
  permission: 'VIEW_TENANTS',
  scope: 'platform',
  description:
    "Lists tenants by name: every tenant for SUPER_ADMIN, the tenants in the token's `tenants` claim for anyone else.",
  responses: {
    200: jsonResponse(z.array(TenantSchema), 'The tenants', [example]),
  },
});

export type CreateTenantRoute = typeof createTenant;
export type ListTenantsRoute = typeof listTenants;

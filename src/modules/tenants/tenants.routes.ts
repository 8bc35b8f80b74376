import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../../auth/authorize.ts';
import { bodyProblems, jsonBody, jsonResponse, problems } from '../../http/openapi.ts';
import { CreateTenantBodySchema, TenantSchema } from './tenants.schemas.ts';

const example = {
  id: '6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b',
  name: 'Acme Distribution',
  slug: 'acme',
  createdAt: '2025-01-15T10:30:00.000Z',
  updatedAt: '2025-01-15T10:30:00.000Z',
};

export const createTenant = createRoute({
  method: 'post',
  path: '/tenants',
  operationId: 'createTenant',
  tags: ['Tenants'],
  summary: 'Create a tenant',
  ...secured('CREATE_TENANT', 'Creates a tenant. Tenants are platform-level: no `x-tenant-id`.', 'platform'),
  request: { body: jsonBody(CreateTenantBodySchema, 'The new tenant', { name: 'Acme Distribution', slug: 'acme' }) },
  responses: {
    201: jsonResponse(TenantSchema, 'The tenant was created', example),
    ...problems({
      400: true,
      401: true,
      403: true,
      409: 'The slug is taken (`TENANT_SLUG_CONFLICT`)',
      ...bodyProblems,
    }),
  },
});

export const listTenants = createRoute({
  method: 'get',
  path: '/tenants',
  operationId: 'listTenants',
  tags: ['Tenants'],
  summary: 'List tenants',
  ...secured(
    'VIEW_TENANTS',
    "Lists tenants by name: every tenant for SUPER_ADMIN, the tenants in the token's `tenants` claim for anyone else.",
    'platform',
  ),
  responses: {
    200: jsonResponse(z.array(TenantSchema), 'The tenants', [example]),
    ...problems({ 401: true, 403: true }),
  },
});

export type CreateTenantRoute = typeof createTenant;
export type ListTenantsRoute = typeof listTenants;

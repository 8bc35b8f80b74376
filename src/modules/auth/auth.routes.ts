import { secured } from '../../auth/authorize.ts';
import { jsonResponse } from '../../http/openapi.ts';
import { MeSchema } from './auth.schemas.ts';

export const getMe = secured({
  method: 'get',
  path: '/auth/me',
  operationId: 'getMe',
  tags: ['Auth'],
  summary: 'Who is calling',
  scope: 'platform',
  credentials: 'any',
  description:
    'The principal behind the request: a user (the JWT subject, its roles and tenants) or an API key (its tenant, permissions, prefix and expiry). A partner can check its key with it.',
  responses: {
    200: jsonResponse(MeSchema, 'The caller', {
      id: 'user-42',
      kind: 'USER',
      tenantIds: ['6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b'],
      roles: ['ADMIN'],
      permissions: ['VIEW_ACTIVITIES', 'CREATE_ACTIVITY'],
      apiKey: null,
    }),
  },
});

export type GetMeRoute = typeof getMe;

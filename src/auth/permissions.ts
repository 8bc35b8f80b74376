/** Platform roles, highest first. */
export const ROLES = ['SUPER_ADMIN', 'ADMIN', 'FDE', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'CREATE_TENANT',
  'VIEW_TENANTS',
  'MANAGE_COMMERCES',
  'SYNC_COMMERCES',
  'MANAGE_OPERATORS',
  'SYNC_OPERATORS',
  'MANAGE_ROUTES',
  'VIEW_ACTIVITIES',
  'CREATE_ACTIVITY',
  'CANCEL_ACTIVITY',
  'MANAGE_ACTIVITY_CONFIG',
  'DISPATCH_ACTIVITY',
  'SUBMIT_ACTIVITY_RESULT',
  'MANAGE_API_KEYS',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The one table that maps roles to permissions: the Reten docs' table, completed where it is cut
 * off (docs/decisions.md). Routes name the permission they need; nothing else checks roles.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  SUPER_ADMIN: PERMISSIONS,
  ADMIN: [
    'VIEW_TENANTS',
    'MANAGE_COMMERCES',
    'SYNC_COMMERCES',
    'MANAGE_OPERATORS',
    'SYNC_OPERATORS',
    'MANAGE_ROUTES',
    'VIEW_ACTIVITIES',
    'CREATE_ACTIVITY',
    'CANCEL_ACTIVITY',
    'MANAGE_ACTIVITY_CONFIG',
    'DISPATCH_ACTIVITY',
    'SUBMIT_ACTIVITY_RESULT',
    'MANAGE_API_KEYS',
  ],
  FDE: [
    'MANAGE_COMMERCES',
    'MANAGE_OPERATORS',
    'MANAGE_ROUTES',
    'VIEW_ACTIVITIES',
    'CREATE_ACTIVITY',
    'SUBMIT_ACTIVITY_RESULT',
  ],
  VIEWER: ['VIEW_ACTIVITIES'],
};

export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/**
 * The ids the document's examples use (the Reten docs' own where they give one), shared so that one
 * example commerce, route, operator, activity and result hang together across operations, and the
 * contract tests can seed exactly these to replay every example.
 */
export const EXAMPLE_IDS = {
  tenant: '6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b',
  commerce: '880e8400-e29b-41d4-a716-446655440000',
  route: 'dd0e8400-e29b-41d4-a716-446655440000',
  operator: 'cc0e8400-e29b-41d4-a716-446655440000',
  activity: 'ee0e8400-e29b-41d4-a716-446655440000',
  unresolvedActivity: 'ee1e8400-e29b-41d4-a716-446655440000',
  partnerTask: 'ee2e8400-e29b-41d4-a716-446655440000',
  commerceUser: 'ba0e8400-e29b-41d4-a716-446655440000',
  targetUser: '9a0e8400-e29b-41d4-a716-446655440000',
  targetResolutionConfig: 'ad0e8400-e29b-41d4-a716-446655440000',
  result: '770e8400-e29b-41d4-a716-446655440000',
} as const;

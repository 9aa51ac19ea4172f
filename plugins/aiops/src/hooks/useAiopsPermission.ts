import { BasicPermission } from '@backstage/plugin-permission-common';
import { usePermission } from '@backstage/plugin-permission-react';

/**
 * Whether the user holds the permission, and if not the sentence to show on the disabled
 * control (actions a person may not take are disabled up front, not refused after the click).
 */
export function useAiopsPermission(permission: BasicPermission) {
  const { allowed, loading } = usePermission({ permission });
  return {
    allowed,
    loading,
    deniedReason: deniedReason(permission, allowed, loading),
  };
}

function deniedReason(
  permission: BasicPermission,
  allowed: boolean,
  loading: boolean,
): string | undefined {
  if (allowed) {
    return undefined;
  }
  if (loading) {
    return 'Checking your permissions…';
  }
  return `You need the ${permission.name} permission`;
}

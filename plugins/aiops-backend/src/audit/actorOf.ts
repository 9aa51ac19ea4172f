import { BackstageCredentials } from '@backstage/backend-plugin-api';

/** Who acted, as the audit trail names them: a user's entity ref or a service's subject. */
export function actorOf(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user') return principal.userEntityRef!;
  if (principal.type === 'service') return principal.subject!;
  return principal.type;
}

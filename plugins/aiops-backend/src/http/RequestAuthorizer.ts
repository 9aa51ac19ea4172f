import {
  AuthService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';

/** A request whatever its typed parameters, query and body. */
export type AnyRequest = Request<any, any, any, any>;

/** Turns a request into the caller's credentials once a permission allows it. */
export class RequestAuthorizer {
  static create(options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    auth: AuthService;
  }) {
    return new RequestAuthorizer(
      options.httpAuth,
      options.permissions,
      options.auth,
    );
  }

  private constructor(
    private readonly httpAuth: HttpAuthService,
    private readonly permissions: PermissionsService,
    private readonly auth: AuthService,
  ) {}

  /** Whether the credentials are a person's (not a service's). */
  isUser(credentials: BackstageCredentials): boolean {
    return this.auth.isPrincipal(credentials, 'user');
  }

  /**
   * The credentials of the user or service (model services and CI use external access
   * tokens) behind the request; `NotAllowedError` (403) when the policy denies `permission`.
   */
  async authorize(
    req: AnyRequest,
    permission: BasicPermission,
  ): Promise<BackstageCredentials> {
    const credentials = await this.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`${permission.name} is not allowed`);
    }
    return credentials;
  }
}

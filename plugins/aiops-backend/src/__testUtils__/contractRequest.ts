import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import supertest from 'supertest';
import { spec } from '../schema/openapi/generated/router';

const BASE_PATH = '/api/aiops';
const SPEC_ID = 'aiops-openapi';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// The whole document, so the schemas' `#/components/...` refs resolve against it.
ajv.addSchema({ ...spec, $id: SPEC_ID } as object);

const validators = new Map<string, ValidateFunction>();

/** `~` and `/` escaped for a JSON pointer segment. */
function pointerSegment(segment: string) {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The documented route whose template matches the path, if any. */
function routeOf(pathname: string): string | undefined {
  const parts = pathname.split('/');
  return Object.keys(spec.paths).find(route => {
    const template = route.split('/');
    return (
      template.length === parts.length &&
      template.every((t, i) => /^\{\w+\}$/.test(t) || t === parts[i])
    );
  });
}

/**
 * Checks one answer against the OpenAPI document: the route and method are documented,
 * the status is one of the operation's responses, and a JSON body matches its schema
 * (response schemas forbid properties the document does not name). Throws a readable
 * error otherwise.
 */
export function assertMatchesContract(
  method: string,
  url: string,
  response: { status: number; body: unknown; headers: Record<string, string> },
) {
  const pathname = new URL(url, 'http://test').pathname;
  if (!pathname.startsWith(BASE_PATH)) {
    throw new Error(`${url} is not a route of the aiops API`);
  }
  const route = routeOf(pathname.slice(BASE_PATH.length));
  const operation = route
    ? (spec.paths as Record<string, any>)[route][method.toLowerCase()]
    : undefined;
  if (!route || !operation) {
    throw new Error(`${method.toUpperCase()} ${pathname} is not in the spec`);
  }
  const status = String(response.status);
  let documented = operation.responses[status];
  if (!documented) {
    throw new Error(
      `${method.toUpperCase()} ${route} answered ${status}, which the spec does not list (${JSON.stringify(
        response.body,
      )})`,
    );
  }
  let pointer = `paths/${pointerSegment(
    route,
  )}/${method.toLowerCase()}/responses/${status}`;
  if (documented.$ref) {
    pointer = documented.$ref.replace(/^#\//, '');
    documented = pointer
      .split('/')
      .reduce((node: any, key: string) => node[key], spec);
  }
  if (!documented.content) return;
  const contentType = String(response.headers['content-type']).split(';')[0];
  if (!(contentType in documented.content)) {
    throw new Error(
      `${method.toUpperCase()} ${route} ${status} answered ${contentType}, the spec lists ${Object.keys(
        documented.content,
      ).join(', ')}`,
    );
  }
  if (contentType !== 'application/json') return;
  const schemaRef = `${SPEC_ID}#/${pointer}/content/application~1json/schema`;
  let validate = validators.get(schemaRef);
  if (!validate) {
    validate = ajv.compile({ $ref: schemaRef });
    validators.set(schemaRef, validate);
  }
  if (!validate(response.body)) {
    throw new Error(
      `${method.toUpperCase()} ${route} ${status} breaks the spec: ${ajv.errorsText(
        validate.errors,
        { dataVar: 'body' },
      )}`,
    );
  }
}

type Method = 'get' | 'post' | 'put' | 'delete';

/**
 * supertest whose every answer is checked against the OpenAPI document, so each plugin
 * test is also a contract test: an answer with a field or status the spec lacks, or
 * without one the spec requires, fails the test that made the request.
 */
export function request(app: Parameters<typeof supertest>[0]) {
  const agent = supertest(app);
  const checked = (method: Method) => (url: string) =>
    agent[method](url).expect(response =>
      assertMatchesContract(method, url, response),
    );
  return {
    get: checked('get'),
    post: checked('post'),
    put: checked('put'),
    delete: checked('delete'),
  };
}

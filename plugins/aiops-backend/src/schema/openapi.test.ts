import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT,
  operationsOf,
  readOpenApiSpec,
  renderOpenApiArtifacts,
} from '../../scripts/openapi/renderOpenApiArtifacts';
import { readAiopsSettings } from '../AiopsSettings';
import { createRouter, RouterOptions } from '../http/createRouter';

/**
 * Response properties that may be absent, each with the reason. Any other property of a
 * response schema must be required: a field the spec adds that the code never sends then
 * fails the plugin tests' contract checks, as a field the code adds that the spec lacks does.
 */
const OPTIONAL_RESPONSE_PROPERTIES: Record<string, string> = {
  'FeatureCheckResult.error': 'only when the test could not run',
  'FeatureCheckResult.note': 'only when the test needs explaining',
  'DriftCheckResult.minCurrentRecords':
    'absent from checks stored before it existed',
  'DriftCheckResult.llm': 'absent from checks stored before it existed',
  'DriftCheckResult.bias': 'absent from checks stored before it existed',
  'DriftCheckResult.latency': 'absent from checks stored before it existed',
  'DriftCheckResult.cost': 'absent from checks stored before it existed',
  'DriftCheckResult.serving': 'absent from checks stored before it existed',
  'BiasCheckResult.minGroupRecords':
    'absent from checks stored before it existed',
  'BiasCheckResult.insufficientData':
    'absent from checks stored before it existed',
  'BiasCheckResult.maxEqualizedOddsDifference':
    'absent from checks stored before it existed',
  'FairnessResult.equalizedOdds': 'absent from checks stored before it existed',
  'FleetModel.title': 'absent when the entity has none',
  'FleetModel.system': 'absent when the model is part of no system',
  'FeatureComparison.histogram.edges': 'numerical features only',
  'ErrorBody.request': "Backstage's error body",
  'GateEvidence.metrics': 'CI sends the evidence it has',
  'GateEvidence.bias': 'CI sends the evidence it has',
  'GateEvidence.modelCard': 'CI sends the evidence it has',
  'GateCheck.remediation': 'absent from gate records stored before it existed',
  'ModelEvaluation.version': 'an evaluation as the pipeline reported it',
  'OtlpTraceResponse.partialSuccess':
    'OTLP: the server sets it only when spans were rejected or skipped',
  'OtlpLogsResponse.partialSuccess':
    'OTLP: the server sets it only when log records were rejected or skipped',
  'ModelResources.reason': 'only when the status is not ok',
  'ModelResources.pulledAt': 'absent before the first pull',
  'ModelResources.latest': 'absent until a pull stored a sample',
  'ResourceFigures.latencyP50Seconds':
    'only the figures the model has a query for',
  'ResourceFigures.latencyP95Seconds':
    'only the figures the model has a query for',
  'ResourceFigures.latencyP99Seconds':
    'only the figures the model has a query for',
  'ResourceFigures.requestsPerSecond':
    'only the figures the model has a query for',
  'ResourceFigures.errorRate': 'only the figures the model has a query for',
  'ResourceFigures.cpuCores': 'only the figures the model has a query for',
  'ResourceFigures.memoryBytes': 'only the figures the model has a query for',
  'ResourceFigures.gpuUtilizationPercent':
    'only the figures the model has a query for',
  'ModelEvaluation.examples': 'an evaluation as the pipeline reported it',
  'ModelEvaluation.examples.correct':
    'an evaluation as the pipeline reported it',
  'ModelEvaluation.examples.scores':
    'an evaluation as the pipeline reported it',
};

/** Every object schema reachable from the responses, named by its path from a component. */
function responseObjects(spec: any) {
  const found = new Map<string, any>();
  const visit = (schema: any, name: string) => {
    if (!schema || typeof schema !== 'object') return;
    if (schema.$ref) {
      const component = schema.$ref.split('/').pop();
      if (!found.has(component)) {
        visit(spec.components.schemas[component], component);
      }
      return;
    }
    if (schema.type === 'object' && schema.properties) {
      found.set(name, schema);
      for (const [key, value] of Object.entries(schema.properties)) {
        visit(value, `${name}.${key}`);
      }
    }
    for (const key of ['items', 'additionalProperties']) {
      if (typeof schema[key] === 'object') visit(schema[key], name);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      for (const member of schema[key] ?? []) visit(member, name);
    }
  };
  for (const op of operationsOf(spec)) {
    for (const { response } of op.responses) {
      visit(response.content?.['application/json']?.schema, op.operationId);
    }
  }
  return found;
}

describe('the OpenAPI contract', () => {
  it('matches every file generated from it (run `yarn openapi:generate` in plugins/aiops-backend if not)', async () => {
    for (const artifact of await renderOpenApiArtifacts()) {
      const committed = fs.readFileSync(
        path.join(REPO_ROOT, artifact.path),
        'utf8',
      );
      expect({ path: artifact.path, content: committed }).toEqual(artifact);
    }
  });

  it('is what the router serves: every route of the spec, and no other', async () => {
    const router = await createRouter({
      settings: readAiopsSettings(new ConfigReader({})),
    } as RouterOptions);
    const served = router.stack
      .filter(layer => layer.route)
      .flatMap(layer =>
        Object.keys((layer.route as any).methods).map(
          method => `${method} ${layer.route!.path}`,
        ),
      )
      // served by backend-openapi-utils: the document itself
      .filter(route => route !== 'get /openapi.json');
    const documented = operationsOf(readOpenApiSpec()).map(
      op => `${op.method} ${op.route.replace(/\{(\w+)\}/g, ':$1')}`,
    );
    expect(served.sort()).toEqual(documented.sort());
  });

  it('requires every response property but the few that may be absent, each for a reason', () => {
    const optional: string[] = [];
    for (const [name, schema] of responseObjects(readOpenApiSpec())) {
      for (const key of Object.keys(schema.properties)) {
        if (!(schema.required ?? []).includes(key))
          optional.push(`${name}.${key}`);
      }
      expect({
        name,
        additionalProperties: schema.additionalProperties,
      }).toEqual({
        name,
        additionalProperties: name.startsWith('ErrorBody') ? undefined : false,
      });
    }
    expect(optional.sort()).toEqual(
      Object.keys(OPTIONAL_RESPONSE_PROPERTIES).sort(),
    );
  });
});

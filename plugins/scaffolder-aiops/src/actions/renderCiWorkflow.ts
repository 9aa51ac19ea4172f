import YAML from 'yaml';

/** The CI systems `aiops:ci:gates` writes for. */
export const CI_SYSTEMS = ['github-actions', 'gitlab-ci'] as const;
/** What the generated repository is written in: how its tests and evaluation run. */
export const RUNTIMES = ['python', 'node'] as const;

/** A bound on one evaluation metric. */
export interface MetricBound {
  min?: number;
  max?: number;
}

/** What the CI needs to know of the model and its repository. */
export interface CiInput {
  /** Entity ref of the MLModel, `mlmodel:<namespace>/<name>`. */
  modelRef: string;
  /** The portal's backend URL, which the CI calls. */
  backstageUrl: string;
  runtime: (typeof RUNTIMES)[number];
  testCommand: string;
  evaluateCommand: string;
  /** Metric → bound, checked on the evaluation's metrics before the gate is asked. */
  thresholds: Record<string, MetricBound>;
  /** Lowest disparate impact (lowest over highest selection rate) per group attribute. */
  minDisparateImpact: number;
  modelCardPath: string;
  /** Where the evaluation writes metrics.json, bias.json and reference.json. */
  evidenceDir: string;
}

/** The secrets the generated CI reads: the gate's token and the reference upload's. */
export const CI_SECRETS = [
  'AIOPS_GATE_TOKEN',
  'AIOPS_REFERENCE_TOKEN',
] as const;

/** Where the scripts both CI systems run are written. */
export const SCRIPT_DIR = 'ci/aiops';

const HEADER = [
  '#!/usr/bin/env bash',
  '# Written by the aiops:ci:gates action (re-running the template step rewrites it).',
  'set -euo pipefail',
  '# A GitHub Actions annotation where it runs there, a plain line elsewhere (GitLab).',
  'error() { if [ "${GITHUB_ACTIONS:-}" = true ]; then echo "::error::$*"; else echo "ERROR: $*" >&2; fi; }',
  'warning() { if [ "${GITHUB_ACTIONS:-}" = true ]; then echo "::warning::$*"; else echo "WARNING: $*" >&2; fi; }',
];

/**
 * Fails on an evaluation metric outside its bound, naming it. Metric names are
 * identifiers (the action's schema) and bounds numbers: nothing is quoted from free text.
 */
function thresholdScript(input: CiInput): string {
  const metrics = `${input.evidenceDir}/metrics.json`;
  const lines = [
    ...HEADER,
    `# The evaluation's metrics against the thresholds of the template and the organisation.`,
    `test -f ${metrics} || { error "${metrics} is missing: the evaluation writes it"; exit 1; }`,
    'failed=0',
  ];
  for (const [metric, bound] of Object.entries(input.thresholds).sort()) {
    for (const [op, value, word] of [
      ['>=', bound.min, 'below'],
      ['<=', bound.max, 'above'],
    ] as const) {
      if (value === undefined) continue;
      lines.push(
        `value=$(jq -r '.${metric} // "missing"' ${metrics})`,
        `if [ "$value" = missing ]; then error "${metric} is not in ${metrics}"; failed=1`,
        `elif ! jq -e '.${metric} ${op} ${value}' ${metrics} > /dev/null; then error "${metric} $value is ${word} the threshold ${value}"; failed=1`,
        `else echo "${metric} $value ${op} ${value}"; fi`,
      );
    }
  }
  lines.push('exit "$failed"');
  return `${lines.join('\n')}\n`;
}

/** Fails when a group attribute's disparate impact is below the bound. */
function biasScript(input: CiInput): string {
  const bias = `${input.evidenceDir}/bias.json`;
  const min = input.minDisparateImpact;
  return `${[
    ...HEADER,
    '# Disparate impact (lowest selection rate over the highest) of each group attribute.',
    `test -f ${bias} || { error "${bias} is missing: the evaluation writes the selection rate of each group"; exit 1; }`,
    'failed=0',
    `while read -r attribute impact verdict; do`,
    '  if [ "$verdict" = fail ]; then',
    `    error "Disparate impact by $attribute is $impact, below ${min} (the four-fifths rule)"; failed=1`,
    '  else',
    `    echo "Disparate impact by $attribute: $impact (at least ${min})"`,
    '  fi',
    `done < <(jq -r --argjson min ${min} 'to_entries[]`,
    `  | (.value | [.[]] | max) as $hi | (.value | [.[]] | min) as $lo`,
    `  | (if $hi == 0 then 1 else $lo / $hi end) as $di`,
    `  | "\\(.key) \\($di) \\(if $di < $min then "fail" else "ok" end)"' ${bias})`,
    'exit "$failed"',
  ].join('\n')}\n`;
}

/**
 * Asks the portal's gate whether this version may ship (docs/governance.md), prints
 * every failing check and fails on `fail`. Reads BACKSTAGE_URL, AIOPS_GATE_TOKEN,
 * MODEL_REF, MODEL_VERSION and, where set, COMMIT_SHA and RUN_URL.
 */
function gateScript(input: CiInput): string {
  const dir = input.evidenceDir;
  return `${[
    ...HEADER,
    '# The governance gate of the portal: evidence, model card, the policy, one decision.',
    'jq -n --arg ref "$MODEL_REF" --arg version "$MODEL_VERSION" \\',
    '  --arg sha "${COMMIT_SHA:-}" --arg run "${RUN_URL:-}" \\',
    `  --rawfile card ${input.modelCardPath} \\`,
    `  --slurpfile metrics ${dir}/metrics.json --slurpfile bias ${dir}/bias.json \\`,
    "  '{entityRef: $ref, modelVersion: $version, evidence: {metrics: $metrics[0], bias: $bias[0], modelCard: $card}}",
    '   + (if $sha == "" then {} else {commitSha: $sha} end) + (if $run == "" then {} else {runUrl: $run} end)\' \\',
    '  > gate-request.json',
    'status=$(curl -sS -o gate.json -w \'%{http_code}\' -X POST "$BACKSTAGE_URL/api/aiops/v1/gate" \\',
    '  -H "Authorization: Bearer $AIOPS_GATE_TOKEN" -H \'Content-Type: application/json\' \\',
    '  --data @gate-request.json)',
    'if [ "$status" != 200 ]; then',
    '  error "The AI DevOps gate answered $status: $(jq -r \'.error.message // .\' gate.json)"',
    '  exit 1',
    'fi',
    'jq -r \'"Gate: \\(.decision) — \\(.status), score \\(.score) (\\(.level))"\' gate.json',
    "while IFS=$'\\t' read -r kind message; do",
    '  if [ "$kind" = error ]; then error "$message"; else warning "$message"; fi',
    'done < <(jq -r \'.checks[] | select(.result == "fail" or .result == "warning")',
    '  | [(if .result == "fail" and .blocksGate then "error" else "warning" end),',
    '     "\\(.title): \\(.reason)\\(if .remediation then " To fix: \\(.remediation)" else "" end)"] | @tsv\' gate.json)',
    'test "$(jq -r .decision gate.json)" = pass',
  ].join('\n')}\n`;
}

/**
 * Sets the released version's evaluation records as the model's drift reference. Reads
 * BACKSTAGE_URL, AIOPS_REFERENCE_TOKEN and MODEL_VERSION.
 */
function referenceScript(input: CiInput): string {
  const [namespace, name] = input.modelRef.replace(/^mlmodel:/, '').split('/');
  const dir = input.evidenceDir;
  return `${[
    ...HEADER,
    '# The drift reference: the records the released version was evaluated on.',
    `test -f ${dir}/reference.json || { error "${dir}/reference.json is missing: the evaluation writes the records of the reference"; exit 1; }`,
    `jq -n --arg version "$MODEL_VERSION" --slurpfile records ${dir}/reference.json \\`,
    "  '{modelVersion: $version, records: $records[0]}' > reference-request.json",
    `status=$(curl -sS -o reference-answer.json -w '%{http_code}' -X PUT "$BACKSTAGE_URL/api/aiops/v1/models/${namespace}/${name}/reference" \\`,
    '  -H "Authorization: Bearer $AIOPS_REFERENCE_TOKEN" -H \'Content-Type: application/json\' \\',
    '  --data @reference-request.json)',
    'if [ "$status" != 200 ]; then',
    '  error "The drift reference was not set ($status): $(jq -r \'.error.message // .\' reference-answer.json)"',
    '  exit 1',
    'fi',
    'echo "Drift reference set: $(jq -r \'.records // .info.records // "" | tostring\' reference-answer.json) records of version $MODEL_VERSION"',
  ].join('\n')}\n`;
}

/** The scripts both CI systems run, by path in the repository. */
export function renderCiScripts(input: CiInput): Record<string, string> {
  return {
    [`${SCRIPT_DIR}/check-thresholds.sh`]: thresholdScript(input),
    [`${SCRIPT_DIR}/check-bias.sh`]: biasScript(input),
    [`${SCRIPT_DIR}/gate.sh`]: gateScript(input),
    [`${SCRIPT_DIR}/set-reference.sh`]: referenceScript(input),
  };
}

// npm install, not npm ci: a generated repository has no lockfile until its first install
const install = (runtime: CiInput['runtime']) =>
  runtime === 'python' ? 'pip install -r requirements.txt' : 'npm install';

function setupSteps(runtime: CiInput['runtime']) {
  return [
    runtime === 'python'
      ? {
          uses: 'actions/setup-python@v5',
          with: { 'python-version': '3.11', cache: 'pip' },
        }
      : // Node 24 runs TypeScript as it is (type stripping)
        { uses: 'actions/setup-node@v4', with: { 'node-version': '24' } },
    { name: 'Install', run: install(runtime) },
  ];
}

const PREAMBLE =
  "# Written by the aiops:ci:gates action: the checks the portal's governance policy asks for.\n";

/**
 * A GitHub Actions workflow: unit tests; the evaluation against its thresholds and the
 * bias evaluation; the portal's gate with the evidence, failing the job on `fail`; and,
 * on a published release, the drift reference.
 */
export function renderGithubWorkflow(input: CiInput): string {
  const checkout = { uses: 'actions/checkout@v4' };
  const evidence = { name: 'evaluation-evidence', path: input.evidenceDir };
  const workflow = {
    name: 'AI DevOps gates',
    on: {
      pull_request: {},
      push: { branches: ['main'] },
      release: { types: ['published'] },
    },
    permissions: { contents: 'read' },
    env: {
      BACKSTAGE_URL: input.backstageUrl,
      MODEL_REF: input.modelRef,
      // a release ships its tag; every other run is judged as its commit
      MODEL_VERSION:
        "${{ github.event_name == 'release' && github.event.release.tag_name || github.sha }}",
      COMMIT_SHA: '${{ github.sha }}',
      RUN_URL:
        '${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}',
    },
    jobs: {
      test: {
        name: 'Unit tests',
        'runs-on': 'ubuntu-latest',
        steps: [
          checkout,
          ...setupSteps(input.runtime),
          { name: 'Test', run: input.testCommand },
        ],
      },
      evaluate: {
        name: 'Evaluation and bias',
        needs: 'test',
        'runs-on': 'ubuntu-latest',
        steps: [
          checkout,
          ...setupSteps(input.runtime),
          { name: 'Evaluate', run: input.evaluateCommand },
          {
            name: 'Evaluation against the thresholds',
            run: `bash ${SCRIPT_DIR}/check-thresholds.sh`,
          },
          { name: 'Bias evaluation', run: `bash ${SCRIPT_DIR}/check-bias.sh` },
          { uses: 'actions/upload-artifact@v4', with: evidence },
        ],
      },
      gate: {
        name: 'AI DevOps governance gate',
        needs: 'evaluate',
        'runs-on': 'ubuntu-latest',
        steps: [
          checkout,
          { uses: 'actions/download-artifact@v4', with: evidence },
          {
            name: 'Model card and policy (POST /api/aiops/v1/gate)',
            env: { AIOPS_GATE_TOKEN: '${{ secrets.AIOPS_GATE_TOKEN }}' },
            run: `bash ${SCRIPT_DIR}/gate.sh`,
          },
        ],
      },
      reference: {
        name: 'Drift reference of the release',
        needs: 'gate',
        if: "github.event_name == 'release'",
        'runs-on': 'ubuntu-latest',
        steps: [
          checkout,
          { uses: 'actions/download-artifact@v4', with: evidence },
          {
            name: 'Set the drift reference (PUT .../reference)',
            env: {
              AIOPS_REFERENCE_TOKEN: '${{ secrets.AIOPS_REFERENCE_TOKEN }}',
            },
            run: `bash ${SCRIPT_DIR}/set-reference.sh`,
          },
        ],
      },
    },
  };
  return `${PREAMBLE}${YAML.stringify(workflow, { lineWidth: 0 })}`;
}

/** The same stages as a GitLab CI pipeline (`.gitlab-ci.yml`). */
export function renderGitlabPipeline(input: CiInput): string {
  const image = input.runtime === 'python' ? 'python:3.11' : 'node:24';
  // Debian images: bash is there; the scripts need jq and curl.
  const tools =
    'apt-get update -qq && apt-get install -y -qq jq curl > /dev/null';
  const version = 'export MODEL_VERSION="${CI_COMMIT_TAG:-$CI_COMMIT_SHA}"';
  const pipeline = {
    stages: ['test', 'evaluate', 'gate', 'reference'],
    variables: {
      BACKSTAGE_URL: input.backstageUrl,
      MODEL_REF: input.modelRef,
      COMMIT_SHA: '$CI_COMMIT_SHA',
      RUN_URL: '$CI_PIPELINE_URL',
    },
    test: {
      stage: 'test',
      image,
      script: [install(input.runtime), input.testCommand],
    },
    evaluate: {
      stage: 'evaluate',
      image,
      before_script: [tools],
      script: [
        install(input.runtime),
        input.evaluateCommand,
        `bash ${SCRIPT_DIR}/check-thresholds.sh`,
        `bash ${SCRIPT_DIR}/check-bias.sh`,
      ],
      artifacts: { paths: [`${input.evidenceDir}/`] },
    },
    gate: {
      stage: 'gate',
      image: 'debian:bookworm-slim',
      needs: ['evaluate'],
      before_script: [tools, version],
      script: [`bash ${SCRIPT_DIR}/gate.sh`],
    },
    reference: {
      stage: 'reference',
      image: 'debian:bookworm-slim',
      needs: ['evaluate', 'gate'],
      rules: [{ if: '$CI_COMMIT_TAG' }],
      before_script: [tools, version],
      script: [`bash ${SCRIPT_DIR}/set-reference.sh`],
    },
  };
  return `${PREAMBLE}# Set AIOPS_GATE_TOKEN and AIOPS_REFERENCE_TOKEN as masked CI/CD variables.\n${YAML.stringify(
    pipeline,
    { lineWidth: 0 },
  )}`;
}

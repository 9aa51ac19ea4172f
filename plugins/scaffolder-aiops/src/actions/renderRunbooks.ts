import YAML from 'yaml';

/** The runbooks `aiops:runbooks:create` writes. */
export const RUNBOOKS = [
  'drift-response',
  'retraining',
  'rollback',
  'incident',
  'on-call',
] as const;

/** One runbook's id. */
export type Runbook = (typeof RUNBOOKS)[number];

/** What the runbooks need to know of the model. */
export interface RunbookInput {
  name: string;
  namespace: string;
  title: string;
  owner: string;
  /** The portal's frontend URL, where the links go. */
  appBaseUrl: string;
  /** The portal's backend URL, which the commands call. */
  backendBaseUrl: string;
  runbooks: readonly Runbook[];
  /** The model card's path under `docs/`, linked from the index; none when absent. */
  modelCard?: string;
}

const TITLES: Record<Runbook, string> = {
  'drift-response': 'Drift response',
  retraining: 'Retraining',
  rollback: 'Rollback',
  incident: 'Incident',
  'on-call': 'On-call',
};

/** The model's pages in the portal. */
function tabs(input: RunbookInput) {
  const entity = `${input.appBaseUrl}/catalog/${input.namespace}/mlmodel/${input.name}`;
  return {
    overview: entity,
    monitoring: `${entity}/monitoring`,
    governance: `${entity}/governance`,
    retraining: `${entity}/retraining`,
    audit: `${entity}/audit`,
  };
}

function api(input: RunbookInput, route: string) {
  return `${input.backendBaseUrl}/api/aiops/v1/models/${input.namespace}/${input.name}${route}`;
}

const shell = (...lines: string[]) => ['```sh', ...lines, '```'].join('\n');

function body(id: Runbook, input: RunbookInput): string[] {
  const tab = tabs(input);
  // a runbook this model does not have is named, not linked (no dead links)
  const link = (runbook: Runbook, text: string) =>
    input.runbooks.includes(runbook) ? `[${text}](${runbook}.md)` : text;
  const auth = '-H "Authorization: Bearer $BACKSTAGE_TOKEN"';
  switch (id) {
    case 'drift-response':
      return [
        `Use it when the portal says **${input.title}** is \`warning\` or \`drift\`: a notification, the [Monitoring tab](${tab.monitoring}), or its status in the catalog.`,
        '',
        '## 1. Read what the check found',
        '',
        `Open the [Monitoring tab](${tab.monitoring}). The drift status card's summary names the features that drifted, with the test, its statistic and the threshold; the feature table lists them first. The "Quality, latency & cost" card says whether hallucination rate, bias, latency, cost or the serving figures regressed.`,
        '',
        shell(
          `curl -sS ${auth} \\`,
          `  ${api(
            input,
            '/status',
          )} | jq '{status, reason: .latest.result.reason}'`,
        ),
        '',
        '## 2. Decide what kind of drift it is',
        '',
        `- **A broken input**: a feature with many nulls, a category that never existed, values in another unit. An upstream change, not the world: follow the ${link(
          'incident',
          'incident runbook',
        )} with the data team that owns the feature.`,
        `- **The population moved**: the inputs are plausible, just different (a new customer segment, a season). Follow the ${link(
          'retraining',
          'retraining runbook',
        )}.`,
        '- **Only the quality signals regressed** (hallucination, bias, latency, cost) with stable inputs: look at the model and its serving, not the data (a prompt change, a provider model, the serving pool).',
        '',
        '## 3. Check again after the fix',
        '',
        `Press **Run check now** on the [Monitoring tab](${tab.monitoring}), or:`,
        '',
        shell(`curl -sS -X POST ${auth} ${api(input, '/checks')}`),
        '',
        'The status recovers after the configured number of consecutive better checks; until then the tab says how many remain.',
      ];
    case 'retraining':
      return [
        `Use it when the population moved (${link(
          'drift-response',
          'drift response',
        )}), on the team's schedule, or when the portal starts a run by itself after consecutive drifting checks.`,
        '',
        '## 1. Start a run',
        '',
        `On the [Retraining tab](${tab.retraining}), press **Trigger retraining** with the reason, or:`,
        '',
        shell(
          `curl -sS -X POST ${auth} -H 'Content-Type: application/json' \\`,
          `  -d '{"reason": "Population drift since <date>, see the Monitoring tab"}' \\`,
          `  ${api(input, '/runs')}`,
        ),
        '',
        '## 2. Follow it',
        '',
        `The tab shows the run's steps as the pipeline reports them, then the challenger's validation against the champion: each rule with both values. A run that fails says why; fix it and start another.`,
        '',
        '## 3. Promote',
        '',
        `A passing challenger is promoted by the pipeline's policy; a high-risk model waits for a person with \`aiops.promotion.approve\` to approve it on the [Retraining tab](${tab.retraining}). The promotion moves the registry alias and the drift reference together; the [Audit tab](${tab.audit}) records who did what.`,
      ];
    case 'rollback':
      return [
        'Use it when the version promoted last is worse in production than the one it replaced.',
        '',
        '## 1. Confirm it is the new version',
        '',
        `On the [Monitoring tab](${tab.monitoring}) the latest check names its reference and version; on the [Retraining tab](${tab.retraining}) the latest promotion says which version it replaced and when.`,
        '',
        '## 2. Roll back',
        '',
        `Press **Roll back** on the [Retraining tab](${tab.retraining}) with the reason, or:`,
        '',
        shell(
          `curl -sS -X POST ${auth} -H 'Content-Type: application/json' \\`,
          `  -d '{"reason": "Version <n> answers worse than <n-1> since <time>"}' \\`,
          `  ${api(input, '/rollback')}`,
        ),
        '',
        'The registry alias goes back to the previous champion and the drift reference with it; 409 means there is no promotion left to undo. It is audited as `model-rollback`.',
        '',
        '## 3. After',
        '',
        `Run a check (${link(
          'drift-response',
          'drift response',
        )}, step 3), and open an ${link(
          'incident',
          'incident',
        )} if users were affected. The rolled-back version needs a new gate pass on the [Governance tab](${
          tab.governance
        }) before it ships again.`,
      ];
    case 'incident':
      return [
        `Use it when ${input.title} harms its users now: wrong answers at scale, an outage, a bias finding, a data leak.`,
        '',
        '## 1. Stabilise',
        '',
        `- Roll back a bad release (${link(
          'rollback',
          'rollback',
        )}), or take the model out of the path its service offers.`,
        `- Say in the team's incident channel what is affected since when, and who leads.`,
        '',
        '## 2. Gather the evidence',
        '',
        `- The [Monitoring tab](${tab.monitoring}): the check history, the drifted features, the quality signals.`,
        `- The [Governance tab](${tab.governance}): the compliance status, the latest gate decisions, waivers and approvals.`,
        `- The [Audit tab](${tab.audit}): every promotion, rollback, approval and waiver, hash-chained; export it for the incident record.`,
        '',
        '## 3. Close',
        '',
        `Write the post-incident review: what happened, what the portal showed and when, what is changed (a threshold, a check, a test). A serious incident of a high-risk model is reported as the organisation's AI governance requires (EU AI Act Art. 73).`,
      ];
    case 'on-call':
      return [
        `Who answers for **${input.title}**: \`${input.owner}\` ([the model in the catalog](${tab.overview})).`,
        '',
        '## What pages you',
        '',
        `- The model's drift status turning \`drift\`: ${link(
          'drift-response',
          'drift response',
        )}.`,
        `- A failing retraining run or a challenger waiting for approval: ${link(
          'retraining',
          'retraining',
        )}.`,
        `- Users harmed now: ${link(
          'incident',
          'incident',
        )}; a bad release: ${link('rollback', 'rollback')}.`,
        '',
        '## Where to look first',
        '',
        `| What | Where |`,
        `| --- | --- |`,
        `| Drift, quality, latency, cost | [Monitoring](${tab.monitoring}) |`,
        `| Compliance, gate decisions | [Governance](${tab.governance}) |`,
        `| Runs, promotions, rollbacks | [Retraining](${tab.retraining}) |`,
        `| Who did what | [Audit](${tab.audit}) |`,
        '',
        '## Access you need',
        '',
        'A portal account in the owning group: reading the tabs needs `aiops.model.read`; running a check, triggering retraining and rolling back need `aiops.check.run`, `aiops.retraining.trigger` and `aiops.model.rollback`. The buttons say which permission is missing.',
      ];
    default:
      return [];
  }
}

/** The Markdown of one runbook. */
export function renderRunbook(id: Runbook, input: RunbookInput): string {
  return `${[`# ${TITLES[id]}: ${input.title}`, '', ...body(id, input)].join(
    '\n',
  )}\n`;
}

/** The runbooks' index page: the model, its portal tabs and the runbooks. */
export function renderIndex(input: RunbookInput): string {
  const tab = tabs(input);
  return `${[
    `# ${input.title}`,
    '',
    `Owner: \`${input.owner}\`. In the portal: [overview](${tab.overview}) · [monitoring](${tab.monitoring}) · [governance](${tab.governance}) · [retraining](${tab.retraining}) · [audit](${tab.audit}).`,
    '',
    ...(input.modelCard
      ? [`The [model card](${input.modelCard}) says what it is for.`, '']
      : []),
    '## Runbooks',
    '',
    ...input.runbooks.map(id => `- [${TITLES[id]}](runbooks/${id}.md)`),
  ].join('\n')}\n`;
}

/**
 * `mkdocs.yml` for TechDocs: the index, the model card, the runbooks, with the
 * `techdocs-core` plugin TechDocs builds with.
 */
export function renderMkdocs(input: RunbookInput): string {
  const nav = [
    { Home: 'index.md' },
    ...(input.modelCard ? [{ 'Model card': input.modelCard }] : []),
    {
      Runbooks: input.runbooks.map(id => ({
        [TITLES[id]]: `runbooks/${id}.md`,
      })),
    },
  ];
  return YAML.stringify({
    site_name: `${input.title} runbooks`,
    site_description: `How to run ${input.title}: drift, retraining, rollback, incidents, on-call`,
    nav,
    plugins: ['techdocs-core'],
  });
}

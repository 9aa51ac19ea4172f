/** What the golden path knows about a model when it writes its card. */
export interface ModelCardInput {
  name: string;
  title?: string;
  owner: string;
  type: string;
  riskTier: string;
  description?: string;
  intendedUse?: string;
}

/**
 * Renders a model card with the sections governance checks look for
 * (model details, intended use, training data, evaluation, fairness, limitations).
 * Sections the template cannot know yet carry explicit instructions, not invented content.
 */
export function renderModelCard(input: ModelCardInput): string {
  const heading = input.title ?? input.name;
  const todo = (what: string) =>
    `_To be completed by the owner before promotion: ${what}._`;
  return [
    `# Model card: ${heading}`,
    '',
    '## Model details',
    '',
    `- Name: \`${input.name}\``,
    `- Type: ${input.type}`,
    `- Owner: ${input.owner}`,
    `- Risk tier (EU AI Act): ${input.riskTier}`,
    '',
    input.description ?? '',
    '',
    '## Intended use',
    '',
    input.intendedUse ??
      todo('who uses the model, for what, and what is out of scope'),
    '',
    '## Training data',
    '',
    todo('datasets, time range, preprocessing and known gaps'),
    '',
    '## Evaluation',
    '',
    todo('metrics, thresholds and the evaluation dataset'),
    '',
    '## Fairness and bias',
    '',
    todo(
      'groups evaluated, demographic parity difference and disparate impact ratio',
    ),
    '',
    '## Limitations and risks',
    '',
    todo('known failure modes and mitigations'),
    '',
  ].join('\n');
}

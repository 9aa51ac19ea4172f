/** What the golden path knows about a model when it writes its card. */
export interface ModelCardInput {
  name: string;
  title?: string;
  owner: string;
  type: string;
  riskTier: string;
  dataClassification?: string;
  description?: string;
  intendedUse?: string;
  trainingData?: string;
  evaluation?: string;
  limitations?: string;
  ethicalConsiderations?: string;
}

/**
 * Renders a model card whose headings are the ones the governance policy's card check
 * reads (intended use, training data, evaluation, limitations, ethical considerations),
 * each filled from the form. A section the form left empty holds an HTML comment saying
 * what to write: the check does not count a comment as content, so the card fails the
 * gate until its owner writes the section, rather than passing on a promise.
 */
export function renderModelCard(input: ModelCardInput): string {
  const heading = input.title ?? input.name;
  const section = (title: string, text: string | undefined, todo: string) => [
    `## ${title}`,
    '',
    text?.trim() ||
      `<!-- To write before the gate lets a version ship: ${todo}. -->`,
    '',
  ];
  return [
    `# Model card: ${heading}`,
    '',
    '## Model details',
    '',
    `- Name: \`${input.name}\``,
    `- Type: ${input.type}`,
    `- Owner: ${input.owner}`,
    `- Risk tier (EU AI Act): ${input.riskTier}`,
    ...(input.dataClassification
      ? [`- Data classification: ${input.dataClassification}`]
      : []),
    '',
    ...(input.description?.trim() ? [input.description.trim(), ''] : []),
    ...section(
      'Intended use',
      input.intendedUse,
      'who uses the model, for what decisions, and what is out of scope',
    ),
    ...section(
      'Training data',
      input.trainingData,
      'the datasets, their time range, preprocessing and known gaps',
    ),
    ...section(
      'Evaluation',
      input.evaluation,
      'the metrics, their thresholds and the evaluation dataset (the CI posts the figures to the gate)',
    ),
    ...section(
      'Limitations',
      input.limitations,
      'known failure modes, the inputs it was not built for, and their mitigations',
    ),
    ...section(
      'Ethical considerations',
      input.ethicalConsiderations,
      'the groups evaluated for bias, the measures (disparate impact, parity difference), and the risks to people',
    ),
  ].join('\n');
}

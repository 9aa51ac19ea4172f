import YAML from 'yaml';

/** One Markdown section: its heading and everything below it up to the next heading of its level or higher. */
export interface ModelCardSection {
  heading: string;
  level: number;
  body: string;
}

/** A model card read: its front matter (Hugging Face model card metadata) and sections. */
export interface ModelCard {
  frontMatter: Record<string, unknown>;
  sections: ModelCardSection[];
}

/** Text that stands for content still to write, as model card templates leave it. */
const PLACEHOLDER =
  /\[more information needed\]|\btodo\b|\btbd\b|<!--[\s\S]*?-->|^\s*(n\/a|-)\s*$/gim;

function frontMatterOf(markdown: string): {
  frontMatter: Record<string, unknown>;
  rest: string;
} {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(markdown);
  if (!match) return { frontMatter: {}, rest: markdown };
  let parsed: unknown;
  try {
    parsed = YAML.parse(match[1]);
  } catch {
    parsed = undefined;
  }
  return {
    frontMatter:
      parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {},
    rest: markdown.slice(match[0].length),
  };
}

/** Reads a model card's front matter and its ATX (`#`) sections. */
export function readModelCard(markdown: string): ModelCard {
  const { frontMatter, rest } = frontMatterOf(markdown);
  const lines = rest.split(/\r?\n/);
  const headings: Array<{ line: number; level: number; heading: string }> = [];
  let fenced = false;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = !fenced && /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (match) {
      headings.push({ line: index, level: match[1].length, heading: match[2] });
    }
  });
  const sections = headings.map((h, i) => {
    const next = headings.slice(i + 1).find(o => o.level <= h.level);
    const body = lines.slice(h.line + 1, next ? next.line : lines.length);
    return { heading: h.heading, level: h.level, body: body.join('\n') };
  });
  return { frontMatter, sections };
}

/** Whether a section says something beyond template placeholders and headings. */
export function hasContent(body: string): boolean {
  return (
    body
      .replace(PLACEHOLDER, '')
      .replace(/^#{1,6}\s.*$/gm, '')
      .trim().length > 0
  );
}

function normalize(text: string) {
  return text
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

/** Front matter keys of the Hugging Face model card metadata that stand for a section. */
const FRONT_MATTER_STANDS_FOR: Record<string, string[]> = {
  trainingData: ['datasets'],
  evaluation: ['model-index'],
};

/**
 * Which of the required sections the card has with content: a section is there when a
 * heading matches one of its names (ignoring case and punctuation) and says something
 * beyond template placeholders, or, for training data and evaluation, when the front
 * matter lists `datasets` or `model-index`.
 */
export function modelCardCoverage(
  card: ModelCard,
  required: Record<string, string[]>,
): { present: string[]; missing: string[] } {
  const present: string[] = [];
  const missing: string[] = [];
  for (const [section, names] of Object.entries(required)) {
    const wanted = names.map(normalize);
    const inBody = card.sections.some(
      s => wanted.includes(normalize(s.heading)) && hasContent(s.body),
    );
    const inFrontMatter = (FRONT_MATTER_STANDS_FOR[section] ?? []).some(key => {
      const value = card.frontMatter[key];
      return Array.isArray(value) ? value.length > 0 : Boolean(value);
    });
    (inBody || inFrontMatter ? present : missing).push(section);
  }
  return { present, missing };
}

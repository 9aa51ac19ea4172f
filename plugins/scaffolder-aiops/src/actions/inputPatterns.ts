/**
 * The patterns the aiops actions' inputs share. They are regular expressions rather than
 * functions because the scaffolder turns each action's zod schema into the JSON Schema its
 * form and its task runner validate with.
 */

/** An entity name or namespace as the catalog accepts it. */
export const ENTITY_NAME =
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,61}[A-Za-z0-9]$|^[A-Za-z0-9]$/;

/**
 * A path inside the repository: relative, no `..` segment, and no character a shell or
 * YAML would read (the CI scripts name these paths unquoted).
 */
export const REPO_PATH = /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[A-Za-z0-9._/-]{1,200}$/;

/*
 * Writes what is generated from src/schema/openapi.yaml: the typed spec module of the
 * router, the client types in aiops-common and the route table of docs/api.md.
 * Run with `yarn openapi:generate`; src/schema/openapi.test.ts fails when they drift.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT,
  renderOpenApiArtifacts,
} from './openapi/renderOpenApiArtifacts';

renderOpenApiArtifacts().then(
  artifacts => {
    for (const artifact of artifacts) {
      const file = path.join(REPO_ROOT, artifact.path);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, artifact.content);
      process.stdout.write(`wrote ${artifact.path}\n`);
    }
  },
  error => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exitCode = 1;
  },
);

/*
 * Writes schemas/<Kind>.schema.json from the zod schemas in src/entities.
 * Run with `yarn schemas:generate`; src/entities/jsonSchemas.test.ts fails when they drift.
 */
import fs from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';
import { buildKindJsonSchemas } from '../src/entities/jsonSchemas';

const outDir = path.resolve(__dirname, '../schemas');

for (const [kind, schema] of Object.entries(buildKindJsonSchemas())) {
  const file = path.join(outDir, `${kind}.schema.json`);
  // Formatted like the rest of the repo so `prettier --check` stays green.
  const text = prettier.format(JSON.stringify(schema), { parser: 'json' });
  fs.writeFileSync(file, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

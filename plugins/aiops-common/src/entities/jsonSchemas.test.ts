import fs from 'node:fs';
import path from 'node:path';
import { buildKindJsonSchemas } from './jsonSchemas';

describe('published JSON Schemas', () => {
  it.each(['MLModel', 'MLPipeline'])(
    'schemas/%s.schema.json matches the zod source (run `yarn schemas:generate` if not)',
    kind => {
      const file = path.resolve(__dirname, `../../schemas/${kind}.schema.json`);
      const committed = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(committed).toEqual(buildKindJsonSchemas()[kind]);
    },
  );

  it('rejects unknown spec fields and requires the core ones', () => {
    const schema = buildKindJsonSchemas().MLModel as any;
    const spec = schema.properties.spec;
    expect(spec.additionalProperties).toBe(false);
    expect(spec.required).toEqual(
      expect.arrayContaining(['type', 'lifecycle', 'owner', 'riskTier']),
    );
  });
});

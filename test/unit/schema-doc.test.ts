// The schema reference in Storybook (stories/generated/schema-reference.md) is generated from
// the zod schema by scripts/schema-doc.ts: it must be current and list every field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SCHEMA_REFERENCE, schemaReference } from '../../scripts/schema-doc.js';
import { planJsonSchema } from '../../src/schema/json-schema.js';

test(`${SCHEMA_REFERENCE} is current (regenerate with npm run docs)`, () => {
  assert.equal(readFileSync(SCHEMA_REFERENCE, 'utf8'), schemaReference());
});

test('the reference has a row for every field of the JSON Schema, with its required flag', () => {
  const page = schemaReference();
  const schema = planJsonSchema();
  const required = new Set(schema.required as string[]);
  const plan = page.slice(page.indexOf('## Plan'), page.indexOf('\n## ', page.indexOf('## Plan') + 1));
  for (const key of Object.keys(schema.properties as object)) {
    const row = plan.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
    assert.ok(row, `a row for ${key}`);
    assert.equal(row.split('|')[3]!.trim() === 'yes', required.has(key), `${key} required flag`);
  }
  // Every object with fields of its own (here, reached through the plan) has a section, linked where used.
  for (const [, name] of page.matchAll(/\[(\w+)\]\(#\w+\)/g)) assert.match(page, new RegExp(`^## ${name}$`, 'm'), `section for ${name}`);
  for (const name of ['Label', 'Provenance', 'PlanItem', 'Kpi', 'BudgetLine', 'Households', 'Discrepancy']) assert.match(page, new RegExp(`^## ${name}$`, 'm'));
});

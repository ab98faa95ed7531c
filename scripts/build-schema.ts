// Writes dist/plan.schema.json from the zod schema (never edit it by hand).
import { mkdirSync, writeFileSync } from 'node:fs';
import { planJsonSchema } from '../src/schema/json-schema.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/plan.schema.json', `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log('wrote dist/plan.schema.json');

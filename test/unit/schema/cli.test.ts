import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyPlan } from '../../fixtures/plans.js';

const dir = mkdtempSync(join(tmpdir(), 'codi-plan-cli-'));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/codi-plan.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('codi-plan validate', () => {
  test('exits 0 for a valid plan', () => {
    const r = run('validate', file('ok.json', JSON.stringify(tinyPlan())));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /valid plan "tiny"/);
  });

  test('exits 1 and lists every problem by JSON path', () => {
    const plan = tinyPlan();
    plan.items![1]!.parent = 'ghost';
    plan.households!.total = 5;
    const r = run('validate', file('bad.json', JSON.stringify(plan)));
    assert.equal(r.code, 1);
    assert.match(r.err, /2 problems/);
    assert.match(r.err, /\$\.items\[1\]\.parent: "ghost"/);
    assert.match(r.err, /\$\.households\.total: states 5 households/);
  });

  test('exits 1 for unreadable JSON and for a missing file', () => {
    assert.equal(run('validate', file('broken.json', '{ nope')).code, 1);
    assert.equal(run('validate', join(dir, 'missing.json')).code, 1);
  });

  test('exits 2 on bad usage', () => {
    assert.equal(run().code, 2);
    assert.equal(run('check', 'x.json').code, 2);
    assert.equal(run('validate').code, 2);
  });
});

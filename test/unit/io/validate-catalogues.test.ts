// `codi-plan validate FILE [--catalogue FILE]...`: the catalogues a plan names are read from
// the package's data/frameworks/ (found from the package root, whatever the working
// directory), `--catalogue FILE` adds or replaces one, and the output says which were used.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalogue, Plan } from '../../../src/schema/plan.js';
import { tinyPlan } from '../../fixtures/plans.js';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));
const TSX = pathToFileURL(require.resolve('tsx')).href;
const CLI = resolve('src/cli/codi-plan.ts');
const CODI = resolve('data/codi-2567.plan.json');
const SHIPPED = resolve('data/frameworks/th-national.json');
const dir = mkdtempSync(join(tmpdir(), 'codi-validate-cat-'));

/** Runs the CLI from `cwd` (by default a scratch folder, not the repository). */
function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

/** tinyPlan linking to catalogue ids only, nothing restated. */
function linking(catalogue = 'th-national', to = 'th-mp-17-2'): Plan {
  const plan = tinyPlan();
  plan.catalogues = [catalogue];
  plan.links!.push({ from: 'p2', to, role: 'secondary' });
  return plan;
}

const tiny: Catalogue = {
  id: 'test-cat',
  title: { th: 'แคตตาล็อกทดสอบ' },
  frameworks: [{ id: 'tc', kind: 'other', label: { th: 'กรอบทดสอบ' }, items: [{ id: 'tc-1', label: { th: 'ข้อหนึ่ง' } }] }],
};

describe('codi-plan validate with framework catalogues', () => {
  test('the CODI plan: valid, and the output names the shipped catalogue it used (from another working directory)', () => {
    const r = run(['validate', CODI]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /valid plan "codi-2567"/);
    assert.ok(r.out.includes(`catalogue "th-national": shipped, ${SHIPPED} (20 links into it)`), r.out);
  });

  test('a plan that links by catalogue id only is valid from any working directory', () => {
    const r = run(['validate', file('linking.json', linking())]);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.includes(`catalogue "th-national": shipped, ${SHIPPED} (1 link into it)`), r.out);
    const there = run(['validate', file('linking-root.json', linking())], root);
    assert.equal(there.code, 0, there.err);
  });

  test('--catalogue FILE adds a catalogue the package does not ship; the output says it was given', () => {
    const cat = file('test-cat.json', tiny);
    const plan = file('test-cat-plan.json', linking('test-cat', 'tc-1'));
    const without = run(['validate', plan]);
    assert.equal(without.code, 1);
    assert.match(without.err, /\$\.catalogues\[0\]: catalogue "test-cat" is not loaded.*"tc-1"/);
    assert.match(without.err, /catalogue "test-cat": not found \(looked for .*test-cat\.json; give one with --catalogue FILE\)/);
    const r = run(['validate', plan, '--catalogue', cat]);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.includes(`catalogue "test-cat": given, ${cat} (1 link into it)`), r.out);
    assert.equal(run(['validate', `--catalogue=${cat}`, plan]).code, 0);
  });

  test('a given catalogue wins over the shipped one with the same id', () => {
    const cat = file('th-national.json', { ...tiny, id: 'th-national' });
    const r = run(['validate', file('tc-under-th.json', linking('th-national', 'tc-1')), '--catalogue', cat]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /catalogue "th-national": given/);
    // … and then the shipped items are not there.
    const miss = run(['validate', file('linking2.json', linking()), '--catalogue', cat]);
    assert.equal(miss.code, 1);
    assert.match(miss.err, /\$\.links\[1\]\.to: "th-mp-17-2"/);
  });

  test('a declared catalogue that nothing needs may be missing: valid, with a note', () => {
    const plan = tinyPlan();
    plan.catalogues = ['nowhere'];
    const r = run(['validate', file('unneeded.json', plan)]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /catalogue "nowhere": not found/);
  });

  test('a plan without catalogues says so; a given catalogue it does not name is not used', () => {
    const cat = file('unused-cat.json', tiny);
    const r = run(['validate', file('plain.json', tinyPlan()), '--catalogue', cat]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /catalogues: none declared/);
    assert.match(r.out, /catalogue "test-cat" .*: not used/);
  });

  test('a --catalogue file that is unreadable or not a catalogue: exit 1, saying which', () => {
    const plan = file('ok.json', linking());
    const missing = run(['validate', plan, '--catalogue', join(dir, 'missing-cat.json')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /missing-cat\.json: cannot read the catalogue/);
    const wrong = run(['validate', plan, '--catalogue', file('not-cat.json', { id: 'x' })]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /not-cat\.json: not a framework catalogue/);
  });

  test('bad usage: exit 2', () => {
    for (const args of [['validate', 'a.json', 'b.json'], ['validate', 'a.json', '--catalogue'], ['validate', 'a.json', '--bogus'], ['validate', '--catalogue', 'c.json']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /usage: codi-plan validate FILE \[--catalogue FILE\]/);
    }
  });

  test('export and import take --catalogue too: the CODI plan round-trips with the catalogue given', () => {
    const folder = join(dir, 'csv');
    const e = run(['export', CODI, '--csv', folder, '--catalogue', SHIPPED]);
    assert.equal(e.code, 0, e.err);
    const out = join(dir, 'back.json');
    const i = run(['import', folder, '-o', out, '--catalogue', SHIPPED]);
    assert.equal(i.code, 0, i.err);
    assert.deepStrictEqual(JSON.parse(readFileSync(out, 'utf8')), JSON.parse(readFileSync(CODI, 'utf8')));
    const bad = run(['import', folder, '-o', join(dir, 'never.json'), '--catalogue', join(dir, 'missing-cat.json')]);
    assert.equal(bad.code, 1);
    assert.equal(existsSync(join(dir, 'never.json')), false);
  });
});

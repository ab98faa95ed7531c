// The ready themes (themes/*.css): they only set --codi-* custom properties that the elements
// actually read (a typo would silently do nothing), and their colours keep WCAG contrast
// where the elements put text or marks on them.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` whose name ends with `ext`, as `dir/…` paths with forward slashes. */
const listFiles = (dir: string, ext: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f).split('\\').join('/'))
    .sort();

/** The one rule of a theme file: its selector and its declarations. */
function parseTheme(file: string): { selector: string; props: Map<string, string> } {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  assert.equal(rules.length, 1, `${file} has one rule`);
  const [, selector, body] = rules[0]!;
  const props = new Map<string, string>();
  for (const decl of body!.split(';').map((d) => d.trim()).filter(Boolean)) {
    const [name, ...value] = decl.split(':');
    props.set(name!.trim(), value.join(':').trim());
  }
  return { selector: selector!.trim(), props };
}

/** Every --codi-* property the elements read (numbered families by their prefix). */
function propertiesRead(): { names: Set<string>; families: Set<string> } {
  const names = new Set<string>();
  const families = new Set<string>();
  for (const file of listFiles('src', '.ts')) {
    const source = readFileSync(file, 'utf8');
    for (const [, name] of source.matchAll(/var\(--codi-([a-z0-9-]+)/g)) {
      if (name!.endsWith('-')) families.add(name!.slice(0, -1));
      else names.add(name!);
    }
  }
  // categoryColor(kind, i) writes var(--codi-${kind}-N, var(--codi-cat-N, …)) for these kinds.
  for (const kind of ['source', 'issue', 'region', 'agency']) families.add(kind);
  return { names, families };
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  assert.ok(m, `${hex} is a #rrggbb colour`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const THEMES = [
  { file: 'themes/dark.css', selector: '.codi-theme-dark', text: 4.5 },
  { file: 'themes/high-contrast.css', selector: '.codi-theme-high-contrast', text: 7 },
];

describe('themes', () => {
  test('are exactly the two shipped themes', () => {
    assert.deepEqual(listFiles('themes', '.css').sort(), THEMES.map((t) => t.file).sort());
  });

  const read = propertiesRead();
  for (const theme of THEMES) {
    const { selector, props } = parseTheme(theme.file);
    const get = (name: string) => {
      const value = props.get(`--codi-${name}`);
      assert.ok(value, `${theme.file} sets --codi-${name}`);
      return value;
    };

    test(`${theme.file}: one class, only --codi-* properties the elements read`, () => {
      assert.equal(selector, theme.selector);
      for (const name of props.keys()) {
        assert.match(name, /^--codi-/);
        const bare = name.slice('--codi-'.length);
        const family = /^([a-z-]+)-\d+$/.exec(bare)?.[1];
        assert.ok(read.names.has(bare) || (family !== undefined && read.families.has(family)), `${name} is read by some element`);
      }
    });

    test(`${theme.file}: text ≥ ${theme.text}:1 and marks ≥ 3:1 where the elements draw them`, () => {
      const surface = get('color-surface');
      const white = '#ffffff';
      const checks: [string, number, number][] = [];
      const expect = (what: string, ratio: number, min: number) => checks.push([what, ratio, min]);
      for (const name of ['color-text', 'color-muted', 'color-good', 'color-bad', 'color-warn', 'color-accent']) {
        expect(`${name} on the surface`, contrast(get(name), surface), theme.text);
      }
      expect('the surface on the accent (pressed buttons)', contrast(surface, get('color-accent')), theme.text);
      expect('the tooltip (surface on text)', contrast(surface, get('color-text')), theme.text);
      expect('the focus ring on the surface', contrast(get('color-focus'), surface), 3);
      for (let i = 1; i <= 8; i++) {
        expect(`white treemap text on --codi-cat-${i}`, contrast(white, get(`cat-${i}`)), theme.text);
        expect(`--codi-cat-${i} against the surface`, contrast(get(`cat-${i}`), surface), 3);
      }
      expect('white treemap text on the header band', contrast(white, get('treemap-header')), theme.text);
      expect('white treemap text on "other"', contrast(white, get('treemap-other')), theme.text);
      // The map writes text-coloured labels on steps 1-3 and white ones on steps 4-6.
      for (let i = 1; i <= 6; i++) {
        const on = i <= 3 ? get('color-text') : white;
        expect(`map labels on --codi-seq-${i}`, contrast(on, get(`seq-${i}`)), theme.text);
      }
      const failing = checks.filter(([, ratio, min]) => ratio < min).map(([what, ratio, min]) => `${what}: ${ratio.toFixed(2)} < ${min}`);
      assert.deepEqual(failing, []);
    });
  }
});

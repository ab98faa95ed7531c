/**
 * Framework catalogues for the CLI: those shipped with the package in
 * data/frameworks/<id>.json (found from this module's own location, so the
 * CLI works from any working directory and from node_modules), and any given
 * with `--catalogue FILE`, which wins over a shipped one with the same id.
 * Node only; light (no spreadsheet code), so `validate` stays quick.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalogue } from '../schema/plan.js';

/** The package root: the nearest folder above this module whose package.json is codi-plan-viz's (src/cli and dist/cli are both two levels down). */
export function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here, i = 0; i < 6; i++, dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    try {
      if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'codi-plan-viz') return dir;
    } catch {
      // not ours; keep looking
    }
    if (dirname(dir) === dir) break;
  }
  return resolve(here, '..', '..');
}

/** data/frameworks/ of the package. */
export function frameworksDir(): string {
  return join(packageRoot(), 'data', 'frameworks');
}

export interface CatalogueFile {
  catalogue: Catalogue;
  /** Where it was read from. */
  file: string;
  /** Shipped with the package, or given with --catalogue. */
  origin: 'shipped' | 'given';
}

/** Reads one catalogue file; throws an Error whose message says what is wrong. */
export function readCatalogueFile(file: string, origin: CatalogueFile['origin']): CatalogueFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the catalogue: ${(e as Error).message}`);
  }
  const parsed = Catalogue.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => `$${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`);
    throw new Error(`${file}: not a framework catalogue (${parsed.error.issues.length} problem${parsed.error.issues.length === 1 ? '' : 's'}, at ${where.join(', ')})`);
  }
  return { catalogue: parsed.data, file: resolve(file), origin };
}

/** Every catalogue shipped in data/frameworks/ (a file that is not one is skipped). */
export function shippedCatalogues(dir = frameworksDir()): CatalogueFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const out: CatalogueFile[] = [];
  for (const name of names) {
    try {
      out.push(readCatalogueFile(join(dir, name), 'shipped'));
    } catch {
      // not a catalogue
    }
  }
  return out;
}

/**
 * The catalogues to validate a plan against: those given (in order), then the
 * shipped ones whose id no given catalogue has: data/frameworks/<id>.json for
 * each id in `declared`, or every shipped catalogue when `declared` is not
 * known yet. Throws when a given file is unreadable or not a catalogue; a
 * declared catalogue that is not shipped is left out (the validator says
 * whether the plan needs it).
 */
export function gatherCatalogues(given: readonly string[], declared?: readonly string[], dir = frameworksDir()): CatalogueFile[] {
  const mine = given.map((f) => readCatalogueFile(f, 'given'));
  const ids = new Set(mine.map((c) => c.catalogue.id));
  const shipped: CatalogueFile[] = [];
  if (declared === undefined) shipped.push(...shippedCatalogues(dir));
  else {
    for (const id of new Set(declared)) {
      if (ids.has(id) || !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/.test(id)) continue;
      const file = join(dir, `${id}.json`);
      if (!existsSync(file)) continue;
      try {
        shipped.push(readCatalogueFile(file, 'shipped'));
      } catch {
        // a broken shipped file counts as not shipped; the validator says whether it is needed
      }
    }
  }
  return [...mine, ...shipped.filter((c) => !ids.has(c.catalogue.id))];
}

/** The plan's `catalogues` field as far as it can be read before validation. */
export function declaredCatalogues(json: unknown): string[] {
  const list = (json as { catalogues?: unknown } | null)?.catalogues;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Lines that say which catalogues a plan used: each declared one with where it
 * was read from (and how many links resolve into it), or that it was not found;
 * and given ones the plan does not declare.
 */
export function describeCatalogues(
  declared: readonly string[],
  available: readonly CatalogueFile[],
  links: readonly { to: string }[] | undefined,
  dir = frameworksDir(),
): string[] {
  const lines: string[] = [];
  if (!declared.length) lines.push('catalogues: none declared (the plan has no "catalogues")');
  for (const id of declared) {
    const c = available.find((x) => x.catalogue.id === id);
    if (!c) {
      lines.push(`catalogue "${id}": not found (looked for ${join(dir, `${id}.json`)}; give one with --catalogue FILE)`);
      continue;
    }
    const ids = new Set(c.catalogue.frameworks.flatMap((f) => [f.id, ...f.items.map((it) => it.id)]));
    const into = links?.filter((l) => ids.has(l.to)).length;
    lines.push(`catalogue "${id}": ${c.origin === 'given' ? 'given' : 'shipped'}, ${c.file}${into === undefined ? '' : ` (${into} link${into === 1 ? '' : 's'} into it)`}`);
  }
  for (const c of available) {
    if (c.origin === 'given' && !declared.includes(c.catalogue.id)) lines.push(`catalogue "${c.catalogue.id}" (${c.file}): not used, the plan's "catalogues" does not name it`);
  }
  return lines;
}

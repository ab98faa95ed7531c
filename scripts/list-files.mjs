// Small file-listing helpers shared by the toolchain scripts (Node 20 has no fs.glob).
import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Files under `dir` (relative to `root`), with forward slashes, sorted, for which `keep(path)` holds. */
export function listFiles(dir, keep = () => true, root = process.cwd()) {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(root.length + 1).split(sep).join('/'))
    .filter((path) => !path.split('/').includes('node_modules') && keep(path))
    .sort();
}

/** A RegExp for a simple glob: `**` spans folders, `*` and `?` stay inside one. */
export function globToRegExp(glob) {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      pattern += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

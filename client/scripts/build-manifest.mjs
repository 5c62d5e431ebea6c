// Reading Vite's build manifest (dist/.vite/manifest.json), for the scripts that write pages.
import fs from 'node:fs';
import path from 'node:path';

/** The manifest of the client build in `dist`, with the helpers that walk it. */
export function readBuildManifest(dist) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  // The manifest names a chunk by its facade module; a chunk grouping several modules (a page's,
  // build/page-chunks.ts) has none, so a module is found through the file that bundles it.
  const moduleChunks = JSON.parse(fs.readFileSync(path.join(dist, '.vite/module-chunks.json'), 'utf8'));
  const keyByFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const keyOf = (module) => (manifest[module] ? module : keyByFile.get(moduleChunks[module]));

  /** The manifest keys a module or chunk imports statically, itself included. */
  function chunksOf(module, seen = new Set()) {
    const key = keyOf(module);
    if (!key) throw new Error(`${module} is not in the build manifest`);
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) chunksOf(imported, seen);
    return seen;
  }

  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const inEntry = chunksOf(entryKey);

  return {
    /** The files (`/assets/…`) the modules `keys` need beyond the entry: scripts and stylesheets. */
    filesBeyondEntry(keys) {
      const needed = new Set();
      for (const key of keys) for (const chunk of chunksOf(key)) if (!inEntry.has(chunk)) needed.add(chunk);
      const chunks = [...needed].map((key) => manifest[key]);
      return {
        scripts: chunks.map((chunk) => `/${chunk.file}`),
        stylesheets: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].map((file) => `/${file}`),
      };
    },
    /** The chunk of one group of one language's messages (`src/locales/<locale>/<group>.json`). */
    messagesFile(locale, group) {
      const key = `src/locales/${locale}/${group}.json`;
      if (!manifest[key]) throw new Error(`${key} is not in the build manifest`);
      return `/${manifest[key].file}`;
    },
  };
}

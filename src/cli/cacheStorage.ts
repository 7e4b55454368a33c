/** The persistent index cache in a folder on disk (the CLI's `--cache DIR`, the benchmarks). */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CacheStorage } from '../core/index/cacheStore';

export function folderCacheStorage(dir: string): CacheStorage {
  const at = (name: string) => path.join(dir, name);
  return {
    location: dir,
    list: () => fs.readdir(dir),
    size: async (name) => (await fs.stat(at(name))).size,
    read: (name) => fs.readFile(at(name)),
    write: async (name, bytes) => {
      await fs.mkdir(dir, { recursive: true });
      const tmp = at(`${name}.${process.pid}.${Date.now().toString(36)}.tmp`);
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, at(name));
    },
    delete: (name) => fs.rm(at(name), { force: true }),
  };
}

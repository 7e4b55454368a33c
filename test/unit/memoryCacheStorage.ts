/** A persistent-cache storage in memory, for tests; `failWrites` makes it a storage that cannot be written. */
import type { CacheStorage } from '../../src/core/index/cacheStore';

export function memoryStorage(files = new Map<string, Uint8Array>(), failWrites = false): CacheStorage & { files: Map<string, Uint8Array> } {
  return {
    files,
    location: 'memory:',
    list: async () => [...files.keys()],
    size: async (name) => files.get(name)?.length ?? 0,
    read: async (name) => files.get(name) ?? Promise.reject(new Error('missing')),
    write: async (name, bytes) => {
      if (failWrites) throw new Error('read-only file system');
      files.set(name, bytes);
    },
    delete: async (name) => void files.delete(name),
  };
}

/** The persistent index cache's folder in the extension's workspace storage, through workspace.fs. */
import * as vscode from 'vscode';
import type { CacheStorage } from '../core/index/cacheStore';

export function workspaceCacheStorage(dir: vscode.Uri): CacheStorage {
  const at = (name: string) => vscode.Uri.joinPath(dir, name);
  return {
    location: dir.toString(),
    list: async () => (await vscode.workspace.fs.readDirectory(dir)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name),
    size: async (name) => (await vscode.workspace.fs.stat(at(name))).size,
    read: (name) => Promise.resolve(vscode.workspace.fs.readFile(at(name))),
    write: async (name, bytes) => {
      await vscode.workspace.fs.createDirectory(dir);
      const tmp = at(`${name}.${Date.now().toString(36)}.tmp`);
      await vscode.workspace.fs.writeFile(tmp, bytes);
      await vscode.workspace.fs.rename(tmp, at(name), { overwrite: true });
    },
    delete: (name) => Promise.resolve(vscode.workspace.fs.delete(at(name))),
  };
}

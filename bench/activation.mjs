// Times `activate()` of the built extension (dist/extension.js) in plain Node, with `vscode` replaced by a
// stand-in: every property is a function that returns another stand-in, constructors construct one, events
// subscribe and return a disposable, and there is no workspace folder, so nothing is read. That is the
// extension's own start-up work, not VS Code's. Prints one JSON line: { requireMs, activateMs }.
import Module, { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const handler = {
  get(_target, prop) {
    if (prop === 'then') return undefined; // not a promise
    if (prop === Symbol.toPrimitive) return () => '';
    if (prop === Symbol.iterator) return function* () {};
    if (['workspaceFolders', 'textDocuments', 'activeTextEditor', 'storageUri'].includes(prop)) return undefined;
    if (prop === 'length') return 0;
    return stub();
  },
  set: () => true, // assignments (item.text = …) are accepted and forgotten
  defineProperty: () => true,
  apply: () => stub(),
  construct: () => stub(),
  // Bundlers copy a module into an object whose prototype is the module's: lookups must land here too.
  getPrototypeOf: () => lookups,
};
const lookups = new Proxy({}, { get: (_t, prop) => handler.get(undefined, prop) });
function stub() {
  return new Proxy(function () {}, handler);
}
const vscode = stub();

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const require = createRequire(import.meta.url);
const t0 = performance.now();
const extension = require(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'extension.js'));
const loaded = performance.now();
extension.activate({ subscriptions: [], storageUri: undefined, workspaceState: { get: () => undefined, update: async () => undefined }, extensionUri: vscode });
const activated = performance.now();
console.log(JSON.stringify({ requireMs: loaded - t0, activateMs: activated - loaded }));

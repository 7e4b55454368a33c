// Root hooks for the end-to-end tests (loaded through .mocharc.json's `require`): one session for all test
// files, and a screenshot after every test, passed or failed, saved under .artifacts/e2e/.
import { screenshot } from './helpers.mjs';
import { session, startSession, stopSession } from './session.mjs';

export const mochaHooks = {
  async beforeAll() {
    this.timeout(420_000); // packaging, first code-server start and workbench load on a slow shared machine
    await startSession();
  },
  async afterEach() {
    if (!session.page) return;
    const title = this.currentTest?.title ?? 'unnamed';
    await screenshot(session.page, title);
  },
  async afterAll() {
    this.timeout(60_000);
    await stopSession();
  },
};

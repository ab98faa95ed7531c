// Real HTTP redirects through the real loader (src/core/loader.ts runs on Node's fetch as in a
// browser: fetch, AbortController, streams). The browser test (test/browser/network-faults.test.ts)
// can only fake a redirected Response, since the test runner's server cannot redirect on demand.
// Not covered here: CORS and credentials on a cross-origin redirect, which only a browser enforces.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadPlan } from '../../src/core/loader.js';
import { tinyPlan } from '../fixtures/plans.js';

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe('loadPlan over real redirects', () => {
  let main: { server: Server; origin: string };
  let other: { server: Server; origin: string };

  before(async () => {
    other = await listen((req, res) => {
      if (req.url === '/plan.json') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(tinyPlan()));
      else res.writeHead(404).end();
    });
    main = await listen((req, res) => {
      const to = (status: number, location: string) => res.writeHead(status, { location }).end();
      switch (req.url) {
        case '/plan.json':
          return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(tinyPlan()));
        case '/moved':
          return to(301, '/plan.json');
        case '/found':
          return to(302, '/plan.json');
        case '/temporary':
          return to(307, '/plan.json');
        case '/permanent':
          return to(308, '/moved');
        case '/elsewhere':
          return to(302, `${other.origin}/plan.json`);
        case '/loop':
          return to(302, '/loop');
        case '/to-login':
          return to(302, '/login');
        case '/login':
          return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><form>login</form></html>');
        case '/gone':
          return to(302, '/nothing-here');
        default:
          return res.writeHead(404).end();
      }
    });
  });

  after(() => {
    main.server.close();
    other.server.close();
  });

  for (const path of ['/moved', '/found', '/temporary', '/permanent', '/elsewhere']) {
    test(`${path}: the plan at the end of the redirect loads`, async () => {
      const r = await loadPlan(`${main.origin}${path}`, { timeoutMs: 5000 });
      assert.equal(r.ok, true, r.ok ? '' : r.error.message);
      if (r.ok) assert.equal(r.plan.id, 'tiny');
    });
  }

  test('a redirect loop is a network fault with a retry, not a hang', async () => {
    const r = await loadPlan(`${main.origin}/loop`, { timeoutMs: 5000 });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.kind, 'network');
      assert.equal(r.error.retryable, true);
      assert.match(r.error.message, /Could not reach .*\/loop/);
    }
  });

  test('a redirect to a login page says the answer is HTML, not a plan', async () => {
    const r = await loadPlan(`${main.origin}/to-login`, { timeoutMs: 5000 });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.kind, 'content-type');
      assert.match(r.error.message, /\/to-login \(redirected to http:\/\/127\.0\.0\.1:\d+\/login\) is text\/html, not a JSON plan file/);
    }
  });

  test('a redirect to a missing file reports the status', async () => {
    const r = await loadPlan(`${main.origin}/gone`, { timeoutMs: 5000 });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.kind, 'http');
      assert.match(r.error.message, /404 .*\/gone \(redirected to .*\/nothing-here\)/);
    }
  });
});

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWeb } from '../../../scripts/build-web/build-web.js';
import { createApp } from '../../../src/api/app.js';
import { createApiToken } from '../../../src/api/auth/api-token-store.js';
import { ScheduleJobRunner } from '../../../src/api/jobs/schedule-job-runner.js';
import type { Db } from '../../../src/db/database.js';
import { SUICHANG_COUNTY_ID } from '../../../src/domain/county.js';
import { publishSchedule, Schedule, storeSchedule } from '../../../src/scheduling/index.js';
import { openTestDb } from '../../helpers/test-database.js';
import { fixtureSchedule } from './schedule-fixture.js';

/** Debian's chromium (installed by .ci/run through apt; never downloaded). */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run here. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Screenshots land here (test-results/ is the test output folder, ignored by git). */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

/** The two screens the issue names: a 1366×768 laptop and a 390-px phone. */
export const LAPTOP = { width: 1366, height: 768 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** A page with the console errors and page errors it produced. */
export interface WatchedPage {
  readonly page: Page;
  /** Console messages of type error and uncaught exceptions, in order. */
  readonly errors: string[];
}

/** The app served on a random port over a PGlite copy of the Suichang template, and a browser. */
export interface WebHarness {
  readonly base: string;
  readonly db: Db;
  /** A new token's secret for a role (and its school or operator). */
  token(role: 'coordinator' | 'inspector' | 'operator' | 'school', scope?: { schoolId?: string; operatorId?: string }): Promise<string>;
  /** GET a JSON resource of the API with a token (to choose test subjects from the data, never to assert the page). */
  api<T>(token: string, path: string): Promise<T>;
  /**
   * Stores the hand-made SYNTHETIC schedule (schedule-fixture.ts) for a weekend and publishes it, through
   * the scheduling storage (the generator takes ~40 s on the Suichang data; one test runs it for real).
   * Returns the version id; the pages then read it through the real API.
   */
  publishFixtureSchedule(friday: string): Promise<string>;
  /** A fresh browser context (its own sessionStorage) and page at a viewport, watching for errors. */
  open(viewport?: { width: number; height: number }): Promise<WatchedPage>;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function watch(page: Page): WatchedPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { page, errors };
}

/**
 * Builds the pages into a temporary folder (each test file its own, so files running in parallel do not
 * overwrite each other), opens a copy of the Suichang template, serves `createApp` (the real API, with
 * its schedule job runner) with those pages, and launches chromium headless.
 */
export async function startWebHarness(): Promise<WebHarness> {
  const webDir = await mkdtemp(join(tmpdir(), 'ws-web-'));
  await buildWeb(webDir);
  const db = await openTestDb('pglite', 'suichang');
  const logger = pino({ level: 'silent' });
  const jobs = new ScheduleJobRunner({ db: db.db, countyId: SUICHANG_COUNTY_ID, logger });
  const app = createApp({
    db: db.db, countyId: SUICHANG_COUNTY_ID, logger, validateResponses: true, web: { dir: webDir }, jobs,
    limits: { rate: { perToken: 1_000_000, perAnonymous: 1_000_000 } },
  });
  const server = createServer(app);
  const base = await listen(server);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    base, db,
    token: async (role, scope = {}) => (await createApiToken(db.db, { countyId: SUICHANG_COUNTY_ID, role, ...scope, label: 'e2e' })).secret,
    api: async <T>(token: string, path: string) => {
      const response = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    publishFixtureSchedule: async (friday) => {
      const schedule = Schedule.parse(await fixtureSchedule(db.db, friday));
      const stored = await storeSchedule(db.db, schedule, { createdBy: 'test', validation: [] });
      await publishSchedule(db.db, stored.id, 'test');
      return stored.id;
    },
    open: async (viewport = LAPTOP) => {
      const context = await browser.newContext({ viewport, baseURL: base, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      return watch(await context.newPage());
    },
    close: async () => {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await jobs.shutdown(0);
      await db.close();
      await rm(webDir, { recursive: true, force: true });
    },
  };
}

/** Opens the app and signs in with a token through the form; resolves when the role's menu shows. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/');
  await page.locator('#token').fill(token);
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await page.locator('#who').waitFor();
}

/** Saves a screenshot as test-results/screenshots/<name>.png: the full page, or only what the screen shows. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** Whether the page is wider than its viewport (a horizontal scroll bar: not usable on that screen). */
export async function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

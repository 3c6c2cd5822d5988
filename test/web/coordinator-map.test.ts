import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSuichang } from '../helpers/test-database.js';
import { HAS_CHROMIUM, LAPTOP, PHONE, overflowsHorizontally, screenshot, signIn, startWebHarness, type WebHarness } from './helpers/web-harness.js';

/** The demo Friday of the Suichang dataset. */
const FRIDAY = '2026-12-04';
/** How long the real generation may take on a shared two-core machine, ms (about 40 s when idle). */
const GENERATE_MS = 240_000;

interface Detail {
  schedule: {
    runs: { id: string; schoolId: string; vehicleId: string; stops: { departS: number }[] }[];
    dismissals: { slotS: number }[];
    unserved: { reasonCode: string }[];
  };
}

/** `HH:MM` of a weekend time, as the pages print it. */
const clock = (s: number): string => `${String(Math.floor((s % 86_400) / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;

describe.skipIf(!HAS_CHROMIUM || !hasSuichang())('coordinator map and schedule (browser)', () => {
  let harness: WebHarness;
  let token: string;

  beforeAll(async () => {
    harness = await startWebHarness();
    token = await harness.token('coordinator');
  });
  afterAll(async () => harness?.close());

  it('signs a coordinator in and draws the county: boundary, roads by class, hazards, water and places, with a legend', async () => {
    const { page, errors } = await harness.open(LAPTOP);
    await signIn(page, token);
    await page.locator('#county-map[data-ready="true"]').waitFor();

    await expect(page.locator('#who').textContent()).resolves.toContain('调度员');
    await expect(page.locator('nav a').allTextContents()).resolves.toEqual(['地图与排班', '学校', '车辆与驾驶员', '检查与标牌']);
    expect(await page.locator('path.county-boundary').count()).toBe(1);
    for (const roadClass of ['expressway', 'national', 'provincial', 'county', 'township', 'village']) {
      expect(await page.locator(`path.road-${roadClass}`).count(), roadClass).toBeGreaterThan(0);
    }
    expect(await page.locator('path.hazard-line').count()).toBeGreaterThan(0);
    expect(await page.locator('path.water-area').count()).toBeGreaterThan(0);
    expect(await page.locator('path.waterway-line').count()).toBeGreaterThan(0);
    expect(await page.locator('path.place-school_gate').count()).toBe(33);
    expect(await page.locator('path.place-pier').count()).toBeGreaterThan(0);
    expect(await page.locator('path.place-depot').count()).toBeGreaterThan(0);
    const legend = await page.locator('#map-legend').textContent();
    for (const label of ['国道', '省道', '县道', '危险路段', '水库', '码头', '学校']) expect(legend).toContain(label);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'coordinator-map-laptop');
    expect(errors).toEqual([]);
  });

  it('generates a weekend schedule with a progress bar, validates, compares and publishes it, and sees its runs on the map', async () => {
    const { page, errors } = await harness.open(LAPTOP);
    await signIn(page, token);
    await page.locator('#county-map[data-ready="true"]').waitFor();
    await page.locator('#schedule-friday').fill(FRIDAY);
    await page.locator('#schedule-friday').dispatchEvent('change');
    await page.locator('#schedule-versions').getByText('该周末还没有排班').waitFor();
    await page.locator('#weather-friday').selectOption('rain');
    // Close a national-road section for the weekend from its popup on the map.
    await page.locator('path.road-national').first().dispatchEvent('click');
    await page.locator('.segment-popup [data-action="close-segment"]').click();
    await page.locator('#closures li').waitFor();
    const closedId = await page.locator('#closures li').getAttribute('data-segment');
    expect(await page.locator('path.planned-closure').count()).toBe(1);

    // The real generator on the Suichang data, in the server's worker thread: tens of seconds.
    await page.locator('#generate').click();
    await page.locator('#generate-progress:not([hidden])').waitFor();
    const seen = new Set<number>();
    const started = Date.now();
    while (!(await page.locator('#generate-stage').getByText('已生成第 1 版').isVisible()) && Date.now() - started < GENERATE_MS) {
      seen.add(await page.locator('#generate-progress').evaluate((bar) => (bar as HTMLProgressElement).value));
      await page.waitForTimeout(500);
    }
    await page.locator('#generate-stage').getByText('已生成第 1 版').waitFor({ timeout: 1_000 });
    expect(await page.locator('#generate-progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(1);
    // The bar moved through intermediate values while the job ran.
    expect([...seen].some((v) => v > 0 && v < 1)).toBe(true);
    const job = await harness.db.db.selectFrom('schedule_job').selectAll().where('friday', '=', FRIDAY).executeTakeFirstOrThrow();
    expect(job.status).toBe('succeeded');
    expect(job.request).toMatchObject({
      friday: FRIDAY,
      conditions: { [FRIDAY]: { weather: 'rain', closed: [{ id: closedId }] }, '2026-12-06': { weather: 'clear', closed: [{ id: closedId }] } },
    });

    // What the page shows is the stored draft, as the API gives it.
    const detail = await harness.api<Detail>(token, `/api/v1/schedules/${job.schedule_id}`);
    const runs = detail.schedule.runs;
    expect(runs.length).toBeGreaterThan(100);
    expect(await page.locator('path.run-line').count()).toBe(runs.length);
    // Then each run follows the roads it takes (the paths come from a worker after the straight lines).
    await page.waitForFunction((n) => document.querySelectorAll('path.run-line.run-routed').length === n, runs.length, { timeout: 60_000 });
    expect(await page.locator('#map-legend .legend-run').count()).toBe(new Set(runs.map((r) => r.schoolId)).size + 1);
    // A run's bar on the timeline opens that run's stops on the map (the lines of a weekend overlap).
    const first = runs[0]!;
    await page.locator(`.timeline-bar[data-run="${first.id}"]`).click();
    const popup = page.locator(`.run-popup[data-run="${first.id}"]`);
    await popup.waitFor();
    await expect(popup.locator('td').nth(2).textContent()).resolves.toBe(clock(first.stops[0]!.departS));

    // The stagger: a vehicle serving several runs on Friday shows them all on its timeline row.
    const friday = page.locator('.timeline-day[data-day="0"]');
    const byVehicle = new Map<string, string[]>();
    for (const r of runs.filter((run) => run.stops[0]!.departS < 86_400)) byVehicle.set(r.vehicleId, [...(byVehicle.get(r.vehicleId) ?? []), r.id]);
    const [busiest, busiestRuns] = [...byVehicle].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(busiestRuns.length).toBeGreaterThan(1);
    const bars = await friday.locator(`.timeline-row[data-vehicle="${busiest}"] .timeline-bar`).evaluateAll((nodes) => nodes.map((b) => b.getAttribute('data-run') ?? ''));
    expect(bars.sort()).toEqual([...busiestRuns].sort());
    expect(await friday.locator('.timeline-slot').count()).toBe(detail.schedule.dismissals.filter((d) => d.slotS < 86_400).length);
    // Unserved students, with the reason, on the list and on the map.
    const reasons = new Set(detail.schedule.unserved.map((u) => u.reasonCode));
    for (const reason of reasons) expect(await page.locator(`#unserved li[data-reason="${reason}"]`).count()).toBeGreaterThan(0);
    if (reasons.size === 0) await page.locator('#unserved').getByText('所有需要乘车的学生都已安排').waitFor();

    const version = page.locator('#schedule-versions li[data-version="1"]');
    await version.locator('[data-action="validate"]').click();
    await version.locator('[data-result="valid"]').waitFor({ timeout: 30_000 });
    await version.locator('[data-action="diff"]').click();
    await version.locator('[data-result="first"]').waitFor();
    await version.locator('[data-action="publish"]').click();
    await page.locator('#schedule-message').getByText('第 1 版已发布').waitFor({ timeout: 30_000 });
    await page.locator('#schedule-versions li[data-version="1"][data-status="published"]').waitFor();
    expect(await page.locator('path.run-line').count()).toBe(runs.length);
    await screenshot(page, 'coordinator-schedule-published');
    // The published version is every school's timetable now.
    const school = first.schoolId;
    const timetable = await harness.api<{ scheduleId: string; runs: unknown[] }>(token, `/api/v1/schools/${school}/timetable?friday=${FRIDAY}`);
    expect(timetable).toMatchObject({ scheduleId: job.schedule_id, runs: expect.arrayContaining([expect.objectContaining({ id: first.id })]) });
    expect(errors).toEqual([]);
  }, GENERATE_MS + 120_000);

  it('switches every label to English and back, keeping the session', async () => {
    const { page, errors } = await harness.open(LAPTOP);
    await signIn(page, token);
    await page.locator('#county-map[data-ready="true"]').waitFor();
    await page.locator('#lang-switch').click();
    await page.locator('#county-map[data-ready="true"]').waitFor();
    await expect(page.locator('nav a').allTextContents()).resolves.toEqual(['Map and schedule', 'Schools', 'Vehicles and drivers', 'Inspections and plates']);
    expect(await page.locator('#map-legend').textContent()).toContain('National road');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'coordinator-map-english');
    await page.locator('#lang-switch').click();
    await expect(page.locator('#who').textContent()).resolves.toContain('调度员');
    expect(errors).toEqual([]);
  });

  it('stays usable on a phone-width screen: no sideways scrolling, the map fills the width', async () => {
    const { page, errors } = await harness.open(PHONE);
    await signIn(page, token);
    await page.locator('#county-map[data-ready="true"]').waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    const box = await page.locator('#county-map').boundingBox();
    expect(box?.width).toBeGreaterThan(PHONE.width - 40);
    expect(box?.height).toBeGreaterThan(250);
    await screenshot(page, 'coordinator-map-phone');
    expect(errors).toEqual([]);
  });

  it('refuses a malformed token in the page and an unknown one from the server', async () => {
    const { page } = await harness.open(LAPTOP);
    await page.goto('/');
    await page.locator('#token').fill('not a token');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('令牌格式不对');
    await page.locator('#token').fill(`wst_${'A'.repeat(43)}`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('令牌无效').waitFor();
    expect(await page.locator('nav').count()).toBe(0);
  });
});

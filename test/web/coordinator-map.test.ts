import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSuichang } from '../helpers/test-database.js';
import { HAS_CHROMIUM, LAPTOP, PHONE, overflowsHorizontally, screenshot, signIn, startWebHarness, type WebHarness } from './helpers/web-harness.js';

/** The demo Friday of the Suichang dataset. */
const FRIDAY = '2026-12-04';

describe.skipIf(!HAS_CHROMIUM || !hasSuichang())('coordinator map and schedule (browser)', () => {
  let harness: WebHarness;
  let token: string;

  beforeAll(async () => {
    // The schedule endpoints are not on main yet: a stub serves a hand-made schedule (helpers/schedule-stub.ts).
    harness = await startWebHarness({ scheduleStub: true });
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
    await page.locator('#generate').click();
    await page.locator('#generate-stage').getByText('已生成第 1 版').waitFor();
    expect(await page.locator('#generate-progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(1);
    expect(harness.stubRequests.at(-1)).toMatchObject({
      friday: FRIDAY,
      conditions: { [FRIDAY]: { weather: 'rain', closed: [{ id: closedId }] }, '2026-12-06': { weather: 'clear', closed: [{ id: closedId }] } },
    });

    // The runs on the map, coloured per school, with a legend row per school.
    expect(await page.locator('path.run-line').count()).toBe(5);
    expect(await page.locator('#map-legend .legend-run').count()).toBe(3);
    // A run's bar on the timeline opens that run's stops on the map (the lines of a weekend overlap).
    await page.locator('.timeline-bar[data-run="RUN-F1"]').click();
    const popup = page.locator('.run-popup[data-run="RUN-F1"]');
    await popup.waitFor();
    expect(await popup.textContent()).toContain('湖山中心小学');
    await expect(popup.locator('td').nth(2).textContent()).resolves.toBe('15:01');

    // The stagger: one coach serves the two schools in turn on Friday; the slots are on the timeline.
    const friday = page.locator('.timeline-day[data-day="0"]');
    expect(await friday.locator('.timeline-row[data-vehicle="BUS001"] .timeline-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-school')))).toEqual(['SCH16', 'SCH18']);
    expect(await friday.locator('.timeline-slot').count()).toBe(2);
    // The unserved student, with the reason, on the list and on the map.
    expect(await page.locator('#unserved li[data-reason="unreachable"]').textContent()).toContain('无法到达');
    expect(await page.locator('path.unserved-place').count()).toBe(1);

    const version = page.locator('#schedule-versions li[data-version="1"]');
    await version.locator('[data-action="validate"]').click();
    await version.locator('[data-result="valid"]').waitFor();
    await version.locator('[data-action="diff"]').click();
    await version.locator('[data-result="first"]').waitFor();
    await version.locator('[data-action="publish"]').click();
    await page.locator('#schedule-message').getByText('第 1 版已发布').waitFor();
    await page.locator('#schedule-versions li[data-version="1"][data-status="published"]').waitFor();
    expect(await page.locator('path.run-line').count()).toBe(5);
    await screenshot(page, 'coordinator-schedule-published');
    expect(errors).toEqual([]);
  });

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

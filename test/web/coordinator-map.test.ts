import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSuichang } from '../helpers/test-database.js';
import { HAS_CHROMIUM, LAPTOP, PHONE, overflowsHorizontally, screenshot, signIn, startWebHarness, type WebHarness } from './helpers/web-harness.js';

describe.skipIf(!HAS_CHROMIUM || !hasSuichang())('coordinator map (browser)', () => {
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSuichang } from '../helpers/test-database.js';
import { HAS_CHROMIUM, LAPTOP, PHONE, overflowsHorizontally, screenshot, signIn, startWebHarness, type WebHarness } from './helpers/web-harness.js';

/** 湖山中心小学: a reservoir school that runs a weekend shuttle; 西畈小学 is another school. */
const OWN = 'SCH16';
const OTHER = 'SCH18';

describe.skipIf(!HAS_CHROMIUM || !hasSuichang())('school timetable (browser)', () => {
  let harness: WebHarness;
  let token: string;

  beforeAll(async () => {
    harness = await startWebHarness();
    token = await harness.token('school', { schoolId: OWN });
  });
  afterAll(async () => harness?.close());

  it("shows a school token its own school's dismissal window and Sunday deadline, and nothing else in the menu", async () => {
    const { page, errors } = await harness.open(LAPTOP);
    await signIn(page, token);
    await page.locator(`#school-sheet[data-school="${OWN}"]`).waitFor();
    await expect(page.locator('#school-name').textContent()).resolves.toBe('湖山中心小学');
    await expect(page.locator('nav a').allTextContents()).resolves.toEqual(['本校时刻表']);
    const windows = await page.locator('#school-windows').textContent();
    expect(windows).toContain('放学时间窗（周五）');
    expect(windows).toContain('返校截止（周日）');
    await expect(page.locator('#school-windows dd[data-direction="home"]').first().textContent()).resolves.toBe('14:20–17:20');
    await expect(page.locator('#school-windows dd[data-direction="return"]').textContent()).resolves.toBe('18:00');
    await screenshot(page, 'school-timetable-laptop');
    expect(errors).toEqual([]);
  });

  it("cannot reach another school's page: the API answers 404 and the page says so", async () => {
    const { page, errors } = await harness.open(LAPTOP);
    await signIn(page, token);
    await page.locator('#school-sheet').waitFor();
    await page.goto(`/#/school/${OTHER}`);
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('找不到该对象，或您无权查看');
    expect(await page.locator('#school-sheet').count()).toBe(0);
    expect(await page.getByText('西畈小学').count()).toBe(0);
    // The map and the fleet are not in a school's menu; their addresses lead back to its own page.
    await page.goto('/#/fleet');
    await page.locator(`#school-sheet[data-school="${OWN}"]`).waitFor();
    await screenshot(page, 'school-other-refused');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  });

  it('fits a phone-width screen', async () => {
    const { page, errors } = await harness.open(PHONE);
    await signIn(page, token);
    await page.locator('#school-sheet').waitFor();
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'school-timetable-phone');
    expect(errors).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSuichang } from '../helpers/test-database.js';
import { HAS_CHROMIUM, LAPTOP, PHONE, overflowsHorizontally, screenshot, signIn, startWebHarness, type WebHarness } from './helpers/web-harness.js';

/** 湖山中心小学: a reservoir school that runs a weekend shuttle; 西畈小学 is another school. */
const OWN = 'SCH16';
const OTHER = 'SCH18';
/** The demo Friday of the Suichang dataset. */
const FRIDAY = '2026-12-04';

/** Pages of a PDF that chromium printed (each page object is written as `/Type /Page`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe.skipIf(!HAS_CHROMIUM || !hasSuichang())('school timetable (browser)', () => {
  let harness: WebHarness;
  let token: string;

  beforeAll(async () => {
    // A hand-made SYNTHETIC schedule (helpers/schedule-fixture.ts), stored and published; the pages read it through the real API.
    harness = await startWebHarness();
    await harness.publishFixtureSchedule(FRIDAY);
    token = await harness.token('school', { schoolId: OWN });
  });
  afterAll(async () => harness?.close());

  async function openTimetable(viewport: { width: number; height: number } = LAPTOP) {
    const watched = await harness.open(viewport);
    await signIn(watched.page, token);
    await watched.page.locator(`#school-sheet[data-school="${OWN}"]`).waitFor();
    await watched.page.locator('#timetable-friday').fill(FRIDAY);
    await watched.page.locator('#timetable-friday').dispatchEvent('change');
    await watched.page.locator('#timetable').waitFor();
    return watched;
  }

  it("shows a school token its own timetable: dismissal, deadline, runs with vehicle, driver and stops with times", async () => {
    const { page, errors } = await openTimetable();
    await expect(page.locator('#school-name').textContent()).resolves.toContain('湖山中心小学');
    await expect(page.locator('nav a').allTextContents()).resolves.toEqual(['本校时刻表']);
    const windows = await page.locator('#school-windows').textContent();
    expect(windows).toContain('放学时间窗（周五）');
    await expect(page.locator('#school-windows dd[data-direction="home"]').first().textContent()).resolves.toBe('14:20–17:20');
    await expect(page.locator('#school-windows dd[data-direction="return"]').textContent()).resolves.toBe('18:00');

    const home = page.locator('.timetable-direction[data-direction="home"]');
    await expect(home.locator('.timetable-slot').textContent()).resolves.toBe('放学时间：周五 15:00');
    expect(await home.locator('.timetable-run').count()).toBe(2);
    const first = home.locator('.timetable-run').first();
    // The plate (校车标牌) active for the coach on the Friday, resolved by the API.
    expect(await first.locator('.run-meta').textContent()).toMatch(/车辆：浙K·\S+ · 标牌：遂校标〔\d{4}〕\d+号 · 驾驶员：驾驶员 00[13]/);
    await expect(first.locator('.pickup-time').allTextContents()).resolves.toEqual(['15:01', '15:15', '15:30']);
    const back = page.locator('.timetable-direction[data-direction="return"]');
    await expect(back.locator('.timetable-slot').textContent()).resolves.toBe('返校截止：周日 17:00');
    expect(await page.locator('#timetable').textContent()).not.toContain('西畈小学');
    await screenshot(page, 'school-timetable-laptop');
    expect(errors).toEqual([]);
  });

  it('prints as one A4 page and downloads the CSV and the iCalendar file', async () => {
    const { page, errors } = await openTimetable();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#app-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
    expect(csv.suggestedFilename()).toBe(`${OWN}-${FRIDAY}.csv`);
    expect(await readFile(await csv.path(), 'utf8')).toContain('湖山村');
    const [ics] = await Promise.all([page.waitForEvent('download'), page.locator('#download-ical').click()]);
    expect(ics.suggestedFilename()).toBe(`${OWN}-${FRIDAY}.ics`);
    expect(await readFile(await ics.path(), 'utf8')).toContain('BEGIN:VCALENDAR');
    expect(errors).toEqual([]);
  });

  it("cannot reach another school's page or timetable: the API answers 404 and the page says so", async () => {
    const { page, errors } = await harness.open(LAPTOP);
    await signIn(page, token);
    await page.locator('#school-sheet').waitFor();
    await page.goto(`/#/school/${OTHER}`);
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('找不到该对象，或您无权查看');
    expect(await page.locator('#school-sheet').count()).toBe(0);
    expect(await page.getByText('西畈小学').count()).toBe(0);
    const direct = await page.evaluate(async (other) => {
      const session = JSON.parse(sessionStorage.getItem('ws.session') ?? '{}') as { token?: string };
      const response = await fetch(`/api/v1/schools/${other}/timetable?friday=2026-12-04`, { headers: { Authorization: `Bearer ${session.token ?? ''}` } });
      return response.status;
    }, OTHER);
    expect(direct).toBe(404);
    // The map and the fleet are not in a school's menu; their addresses lead back to its own page.
    await page.goto('/#/fleet');
    await page.locator(`#school-sheet[data-school="${OWN}"]`).waitFor();
    await screenshot(page, 'school-other-refused');
    // Only the refused requests themselves may be logged by the browser.
    expect(errors.filter((e) => !e.includes('404 (Not Found)'))).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('fits a phone-width screen', async () => {
    const { page, errors } = await openTimetable(PHONE);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'school-timetable-phone');
    expect(errors).toEqual([]);
  });
});

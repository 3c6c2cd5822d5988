import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSuichang } from '../helpers/test-database.js';
import { FIXTURE_COACHES } from './helpers/schedule-fixture.js';
import { HAS_CHROMIUM, LAPTOP, PHONE, overflowsHorizontally, screenshot, signIn, startWebHarness, type WebHarness } from './helpers/web-harness.js';

/** The demo Friday of the Suichang dataset: its compliance records are built around it. */
const FRIDAY = '2026-12-04';

interface Reason { code: string; severity: string; messageZh: string }
interface VehicleRow { vehicleId: string; operatorId: string; registrationNo: string; state: string; reasons: Reason[] }

describe.skipIf(!HAS_CHROMIUM || !hasSuichang())('operator fleet page (browser)', () => {
  let harness: WebHarness;
  let subject: VehicleRow;
  let token: string;
  let othersRegistration: string;

  beforeAll(async () => {
    // A hand-made SYNTHETIC schedule (helpers/schedule-fixture.ts), stored and published; the pages read it through the real API.
    harness = await startWebHarness();
    const coordinator = await harness.token('coordinator');
    await harness.publishFixtureSchedule(FRIDAY);
    const fleet = await harness.api<{ vehicles: VehicleRow[] }>(coordinator, `/api/v1/compliance?date=${FRIDAY}`);
    // A non-compliant vehicle of the operator whose coaches run the stub schedule (the dataset documents a mix
    // of non-compliant vehicles on the demo Friday).
    const runner = fleet.vehicles.find((v) => v.vehicleId === FIXTURE_COACHES[0])?.operatorId;
    const found = fleet.vehicles.find((v) => v.operatorId === runner && v.state === 'non_compliant' && v.reasons.some((r) => r.severity === 'blocking'));
    if (found === undefined) throw new Error('the dataset has no non-compliant vehicle on the demo Friday');
    subject = found;
    othersRegistration = fleet.vehicles.find((v) => v.operatorId !== found.operatorId)?.registrationNo ?? '';
    token = await harness.token('operator', { operatorId: found.operatorId });
  });
  afterAll(async () => harness?.close());

  it('shows an operator its non-compliant vehicle with the reasons, and no other operator\'s vehicles', async () => {
    const { page, errors } = await harness.open(LAPTOP);
    await signIn(page, token);
    await expect(page.locator('nav a').allTextContents()).resolves.toEqual(['车辆与驾驶员']);
    await page.locator('#fleet-date').fill(FRIDAY);
    await page.locator('#fleet-date').dispatchEvent('change');
    await page.locator(`#fleet-summary:has-text("${FRIDAY}")`).waitFor();

    const row = page.locator('#vehicle-table tr', { has: page.locator(`[data-vehicle="${subject.vehicleId}"]`) });
    await expect(row.locator('[data-state]').getAttribute('data-state')).resolves.toBe('non_compliant');
    await expect(row.locator('[data-state]').textContent()).resolves.toBe('不合规');
    const shown = await row.locator('ul.reasons li').allTextContents();
    for (const reason of subject.reasons) expect(shown).toContain(reason.messageZh);
    expect(await page.locator('#vehicle-table').textContent()).not.toContain(othersRegistration);
    expect(await page.locator('#fleet-operator').count()).toBe(0);
    await expect(page.locator('#expiring').isVisible()).resolves.toBe(true);
    await expect(page.locator('#rectifications').isVisible()).resolves.toBe(true);
    // The runs its coaches are assigned to in the weekend's published schedule.
    expect(await page.locator('#fleet-runs tbody tr').count()).toBe(5);
    expect(await page.locator('#fleet-runs').textContent()).toContain('湖山中心小学');
    await screenshot(page, 'operator-fleet-laptop');
    expect(errors).toEqual([]);
  });

  it('reads in English with the reasons in English, and fits a phone-width screen', async () => {
    const { page, errors } = await harness.open(PHONE);
    await signIn(page, token);
    await page.locator('#vehicle-table').waitFor();
    await page.locator('#lang-switch').click();
    await page.locator('#fleet-date').fill(FRIDAY);
    await page.locator('#fleet-date').dispatchEvent('change');
    await page.locator(`#fleet-summary:has-text("${FRIDAY}")`).waitFor();
    const row = page.locator('#vehicle-table tr', { has: page.locator(`[data-vehicle="${subject.vehicleId}"]`) });
    await expect(row.locator('[data-state]').textContent()).resolves.toBe('Non-compliant');
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'operator-fleet-phone-english');
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'operator-fleet-phone-english-screen', false);
    expect(errors).toEqual([]);
  });
});

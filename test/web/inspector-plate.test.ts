import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSuichang } from '../helpers/test-database.js';
import { HAS_CHROMIUM, LAPTOP, PHONE, overflowsHorizontally, screenshot, signIn, startWebHarness, type WebHarness } from './helpers/web-harness.js';

/** The demo Friday of the Suichang dataset. */
const FRIDAY = '2026-12-04';

interface VehicleRow { vehicleId: string; registrationNo: string; state: string; reasons: { code: string }[] }
interface PlateRow { plateNo: string; validTo: string; status: string }

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe.skipIf(!HAS_CHROMIUM || !hasSuichang())('inspector page (browser)', () => {
  let harness: WebHarness;
  let token: string;
  let vehicle: VehicleRow;
  let oldPlate: PlateRow;

  beforeAll(async () => {
    harness = await startWebHarness();
    token = await harness.token('inspector');
    const fleet = await harness.api<{ vehicles: VehicleRow[] }>(token, `/api/v1/compliance?date=${FRIDAY}`);
    // A vehicle whose only concern is a plate about to expire: the inspector re-inspects it and issues the next plate.
    const found = fleet.vehicles.find((v) => v.reasons.length === 1 && v.reasons[0]?.code === 'plate_expiring');
    if (found === undefined) throw new Error('the dataset has no vehicle whose plate is expiring on the demo Friday');
    vehicle = found;
    const plates = await harness.api<{ items: PlateRow[] }>(token, `/api/v1/plates?vehicleId=${found.vehicleId}`);
    const active = plates.items.find((p) => p.status === 'active');
    if (active === undefined) throw new Error(`${found.vehicleId} has no active plate`);
    oldPlate = active;
  });
  afterAll(async () => harness?.close());

  it('records a passed inspection against the checklist, issues the next plate and suspends the old one', async () => {
    const { page, errors } = await harness.open(LAPTOP);
    await signIn(page, token);
    await expect(page.locator('nav a').allTextContents()).resolves.toEqual(['检查与标牌', '车辆与驾驶员']);
    await page.locator('#inspect-vehicle').selectOption(vehicle.vehicleId);
    await page.locator(`#vehicle-panel[data-vehicle="${vehicle.vehicleId}"]`).waitFor();
    await page.locator('#plate-table').waitFor();
    expect(await page.locator('#plate-table').textContent()).toContain(oldPlate.plateNo);

    const form = page.locator('#inspection-form');
    expect(await form.locator('tr[data-item]').count()).toBeGreaterThan(3);
    await form.locator('input[name="inspectedOn"]').fill(FRIDAY);
    await form.locator('input[name="inspector"]').fill('遂昌县交通运输局 检查组1');
    await form.getByRole('button', { name: '提交检查结果' }).click();
    await page.locator('#inspection-result').waitFor();
    expect(await page.locator('#inspection-result').textContent()).toContain('检查合格');

    const plateNo = `遂校标〔2026〕E2E号`;
    const issue = page.locator('#issue-plate-form');
    await issue.locator('input[name="plateNo"]').fill(plateNo);
    await issue.locator('input[name="route"]').fill('e2e 测试线路');
    await issue.locator('select[name="stops"]').selectOption({ index: 0 });
    await issue.locator('input[name="issuedOn"]').fill(FRIDAY);
    await issue.locator('input[name="validFrom"]').fill(nextDay(oldPlate.validTo));
    // The new inspection covers six months: through the day before 2027-06-04.
    await issue.locator('input[name="validTo"]').fill('2027-06-03');
    await issue.getByRole('button', { name: '核发' }).click();
    await page.locator('#plate-issued').waitFor();
    expect(await page.locator('#plate-issued').textContent()).toContain(plateNo);
    await page.locator(`#plate-table [data-plate="${plateNo}"]`).waitFor();
    await screenshot(page, 'inspector-plate-issued');

    // Suspend the old plate: the list then shows it suspended, with the reason.
    const oldRow = page.locator('#plate-table tr', { has: page.locator(`[data-plate="${oldPlate.plateNo}"]`) });
    await oldRow.getByRole('button', { name: '暂停使用' }).click();
    await oldRow.locator('input[name="reason"]').fill('e2e: 车辆送修');
    await oldRow.locator('input[name="effectiveOn"]').fill(FRIDAY);
    await oldRow.getByRole('button', { name: '确认暂停' }).click();
    await page.getByText(`标牌 ${oldPlate.plateNo} 已暂停。`).waitFor();
    const suspended = page.locator('#plate-table tr', { has: page.locator(`[data-plate="${oldPlate.plateNo}"]`) });
    await expect(suspended.locator('.plate-status').textContent()).resolves.toBe('暂停');
    expect(await suspended.textContent()).toContain('e2e: 车辆送修');
    expect(errors).toEqual([]);
  });

  it('shows the reasons when a plate is refused (the number is taken and the plate overlaps the live one), on a phone', async () => {
    const { page, errors } = await harness.open(PHONE);
    await signIn(page, token);
    await page.goto(`/#/inspection/${vehicle.vehicleId}`);
    await page.locator('#issue-plate-form').waitFor();
    const issue = page.locator('#issue-plate-form');
    await issue.locator('input[name="plateNo"]').fill(oldPlate.plateNo);
    await issue.locator('input[name="route"]').fill('e2e 测试线路');
    await issue.locator('select[name="stops"]').selectOption({ index: 0 });
    await issue.locator('input[name="issuedOn"]').fill(FRIDAY);
    await issue.locator('input[name="validFrom"]').fill(FRIDAY);
    await issue.locator('input[name="validTo"]').fill('2027-03-01');
    await issue.getByRole('button', { name: '核发' }).click();
    await page.locator('#plate-refused').waitFor();
    expect(await page.locator('#plate-refused li').count()).toBeGreaterThanOrEqual(2);
    expect(await overflowsHorizontally(page)).toBe(false);
    await screenshot(page, 'inspector-plate-refused');
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
  });
});

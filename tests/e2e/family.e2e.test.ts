import { formFields, settle, startAppForFile, tap } from './harness';
import { expectWholePhoneScreen } from './support/screenshot-size';
import { withCheckChar } from '../../shared/resident/id-number';

const app = startAppForFile();

const MOTHER_ID = withCheckChar('53011419460308002'); // 李桂兰, 1946-03-08, female
const FAMILY = '/packages/family/pages';

const { fill } = formFields('family');

describe('a daughter acting for her mother in the H5 build', () => {
  it('creates her mother’s profile, the team verifies consent in person, and she switches to her mother', async () => {
    const daughter = await app.pageAs('o-resident-wangmin');
    await daughter.goto(`${app.url}${FAMILY}/profile-form/index?for=relative`);
    await daughter.getByText('为家人建档').first().waitFor();

    // Submitting the empty form names each field in Chinese.
    await tap(daughter, '提交建档');
    await daughter.locator('.family-field--name .ui-field-error').waitFor();
    expect(await daughter.locator('.family-field--idNumber .ui-field-error').innerText()).toContain('身份证');

    await fill(daughter, 'name', '李桂兰');
    await fill(daughter, 'idNumber', MOTHER_ID);
    expect(await daughter.locator('.family-field--birthDate input').inputValue()).toBe('1946-03-08');
    await fill(daughter, 'phone', '13987650001');
    await fill(daughter, 'address', '昆明市呈贡区洛龙街道石龙湖社区3栋');
    await fill(daughter, 'gridId', '石龙湖');
    await tap(daughter, '查找');
    await daughter.locator('.family-grid__result').first().click();
    await tap(daughter, '高血压');
    await tap(daughter, '独自居住');
    await tap(daughter, '父母');
    await tap(daughter, '提交建档');

    await daughter.waitForURL(new RegExp(`${FAMILY}/index/index`));
    await daughter.getByText('待社区医生当面核实').first().waitFor();
    await app.screenshot(daughter, 'family-pending');

    const staff = await app.pageAs('o-staff-zhangyi');
    await staff.goto(`${app.url}${FAMILY}/staff-consents/index`);
    await staff.getByText(/李桂兰（女，\d+岁）/).first().waitFor();
    await app.screenshot(staff, 'family-staff-verify-form');
    await fill(staff, 'idNumber', MOTHER_ID);
    await tap(staff, '本人同意');
    await staff.getByText(/已记录李桂兰同意王敏代管/).waitFor();
    await app.screenshot(staff, 'family-staff-verified');

    await daughter.goto(`${app.url}${FAMILY}/index/index`);
    await daughter.getByText('已生效').first().waitFor();
    await tap(daughter, '为李桂兰办理');
    await tap(daughter, '查看档案');
    await daughter.waitForURL(new RegExp(`${FAMILY}/profile/index`));
    // Pages lower in the navigation stack stay in the DOM, hidden: look at the page on screen.
    const banner = daughter.locator('.acting-as--other >> visible=true');
    await banner.getByText('李桂兰（父母）').waitFor();
    expect(await banner.innerText()).toContain('正在为家人办理');
    await daughter.getByText('代管人').first().waitFor();
    expect(await daughter.content()).not.toContain(MOTHER_ID);
    const file = await app.screenshot(daughter, 'family-acting-as-mother');
    expectWholePhoneScreen(file);

    // The choice is kept across pages: the access record shows the same banner.
    await daughter.goto(`${app.url}${FAMILY}/audit/index`);
    await daughter.locator('.acting-as--other >> visible=true').getByText('李桂兰（父母）').waitFor();
    await daughter.getByText(/张毅.*当面核实代管授权/).first().waitFor();
    await app.screenshot(daughter, 'family-audit-trail');
    await daughter.context().close();
    await staff.context().close();
  });

  it('shows the family page large and high-contrast in elder mode', async () => {
    const elder = await app.pageAs('o-resident-ligl');
    // The me tab loads the account and keeps its 长辈模式 setting on the phone for every page.
    await elder.goto(`${app.url}/pages/me/index`);
    await elder.getByText('长辈模式').first().waitFor();
    // The tab turns large once the account arrives and the contract card above loads on its own:
    // tap only once nothing more is loading, so the button does not move from under the tap.
    await elder.locator('.ui-page--elder >> visible=true').first().waitFor();
    await elder.waitForLoadState('networkidle');
    await settle(elder);
    await elder.locator('.me-family-actions .ui-button >> visible=true').first().click();
    await elder.waitForURL(new RegExp(`${FAMILY}/index/index`));
    await elder.locator('.ui-page--elder >> visible=true').getByText('建立我的健康档案').first().waitFor();
    const button = elder.locator('.ui-page--elder >> visible=true').getByText('建立我的健康档案', { exact: true }).first();
    const size = await button.evaluate((el) => {
      const b = (el.closest('.ui-button') ?? el) as HTMLElement;
      return { height: b.getBoundingClientRect().height, font: parseFloat(getComputedStyle(b).fontSize) };
    });
    expect(size.height).toBeGreaterThanOrEqual(60);
    expect(size.font).toBeGreaterThanOrEqual(20);
    await app.screenshot(elder, 'family-elder-mode');
    await elder.context().close();
  });
});

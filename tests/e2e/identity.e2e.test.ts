import { formFields, startAppForFile, tap, visible } from './harness';
import { withCheckChar } from '../../shared/resident/id-number';

// Someone registered 李桂兰's number before her; she proves who she is by 人脸核身 and takes her record back.
const app = startAppForFile();

const MOTHER = 'o-resident-ligl';
const IMPOSTOR = 'o-impostor-e2e';
const SON = 'o-resident-wanglei';
const MOTHER_ID = withCheckChar('53011419460308002');

const { fill } = formFields('family');

describe('claiming one’s own record in elder mode', () => {
  it('李桂兰 finds her number taken, verifies her face, takes the record back and sees her son’s waiting request', async () => {
    const record = {
      subject: 'self', name: '李桂兰', gender: 'female', birthDate: '1946-03-08', idNumber: MOTHER_ID,
      phone: '13900000666', address: '昆明市呈贡区吴家营街道某小区', conditions: [],
    };
    await app.callAs(IMPOSTOR, 'resident', 'createProfile', record);
    await app.callAs(SON, 'resident', 'requestAccess', { name: '李桂兰', idNumber: MOTHER_ID, relation: 'parent', scopes: ['view'] });
    await app.callAs(MOTHER, 'resident', 'setElderMode', { enabled: true });

    const page = await app.pageAs(MOTHER);
    await page.goto(`${app.url}/packages/family/pages/profile-form/index?back=${encodeURIComponent('/pages/me/index')}`);
    await visible(page, '建立我的健康档案').waitFor();
    await fill(page, 'name', '李桂兰');
    await fill(page, 'idNumber', MOTHER_ID);
    await fill(page, 'phone', '13987650001');
    await fill(page, 'address', '昆明市呈贡区洛龙街道石龙湖社区3栋');
    await tap(page, '建立档案');
    await visible(page, /如果是您本人，可以通过人脸核身认领/).waitFor();
    await app.screenshot(page, 'identity-number-taken');
    await tap(page, '人脸核身认领档案');

    await visible(page, '认领您的健康档案').waitFor();
    await page.locator('.ui-page--elder >> visible=true').first().waitFor();
    expect(await page.locator('.family-field--idNumber input >> visible=true').first().inputValue()).toBe(MOTHER_ID);
    await app.screenshot(page, 'identity-claim-elder');
    await tap(page, '开始人脸核身');

    // Back on her me tab: the record is hers, and her son's request, held from the impostor, waits for her.
    await visible(page, '王磊（您的子女）请求代您办理').waitFor();
    await app.screenshot(page, 'identity-claimed-me-tab');
    const impostor = await app.callAs(IMPOSTOR, 'resident', 'listMine', {});
    expect(impostor.self).toBeNull();
    const mine = await app.callAs(MOTHER, 'resident', 'listMine', {});
    expect(mine.self).toMatchObject({ name: '李桂兰', identity: { verified: true, method: 'face' } });
    await page.context().close();
  });
});

import { startMiniProgram } from './support/mini-program';

const REPLIES = {
  'resident.me': {
    openid: 'o-resident-test',
    nickname: '李桂兰',
    roles: ['resident'],
    staff: null,
    elderMode: false,
    createdAt: '2025-03-01T16:30:00.000Z',
  },
};

async function mapWithPrompt() {
  const app = startMiniProgram(REPLIES);
  const page = await app.render('pages/map/index');
  await page.waitForText('家庭医生地图');
  expect(page.text()).not.toContain('隐私保护提示');
  const request = app.needPrivacyAuthorization('getLocation');
  await page.waitForText('隐私保护提示');
  return { app, page, request };
}

describe('the privacy prompt in the weapp build', () => {
  it('appears when WeChat holds back a privacy API, and tells WeChat it was shown', async () => {
    const { page, request } = await mapWithPrompt();

    expect(page.text()).toContain('查看《云岭家医隐私保护指引》');
    expect(request.answers).toEqual([{ event: 'exposureAuthorization' }]);
  });

  it('agrees through a button with open-type="agreePrivacyAuthorization" and names that button', async () => {
    const { page, request } = await mapWithPrompt();
    expect(page.attrs('privacy-agree')).toMatchObject({ id: 'privacy-agree', openType: 'agreePrivacyAuthorization' });

    await page.fire('privacy-agree', 'agreeprivacyauthorization');

    await page.waitForTextGone('隐私保护提示');
    expect(request.answers.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' });
  });

  it('declines on 不同意, so the waiting API fails instead of hanging', async () => {
    const { page, request } = await mapWithPrompt();

    await page.tap('不同意');

    await page.waitForTextGone('隐私保护提示');
    expect(request.answers.at(-1)).toEqual({ event: 'disagree' });
  });

  it('opens the privacy guide from the prompt', async () => {
    const { app, page } = await mapWithPrompt();

    await page.tap('查看《云岭家医隐私保护指引》');

    expect(app.navigations).toContainEqual({ api: 'navigateTo', url: '/packages/privacy/pages/guide/index' });
  });

  it('is carried by subpackage pages too', async () => {
    const app = startMiniProgram(REPLIES);
    const page = await app.render('packages/privacy/pages/guide/index');
    await page.waitForText('云岭家医隐私保护指引');

    const request = app.needPrivacyAuthorization('getPhoneNumber');

    await page.waitForText('隐私保护提示');
    expect(request.answers).toEqual([{ event: 'exposureAuthorization' }]);
  });
});

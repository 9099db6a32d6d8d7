import { screen } from '@testing-library/react';
import PrivacyGuidePage from '../../client/src/packages/privacy/pages/guide/index';
import { PrivacyAuthorization, type PrivacyResolve } from '../../client/src/lib/privacy-authorization';
import { renderPage } from './support/render-page';

describe('the privacy guide page', () => {
  it('says in plain Chinese what is collected and why', () => {
    renderPage(PrivacyGuidePage);

    expect(screen.getByText('云岭家医隐私保护指引')).toBeTruthy();
    for (const what of ['身份证号码', '手机号码', '住址和位置', '健康情况', '家人代办', '订阅消息']) {
      expect(screen.getByText(what)).toBeTruthy();
    }
    expect(screen.getByText(/号码加密保存，页面上只显示后四位/)).toBeTruthy();
    expect(screen.getByText(/找到您家所在网格负责的家庭医生团队/)).toBeTruthy();
    expect(screen.getByText(/判断您可以签约哪些服务包/)).toBeTruthy();
    expect(screen.getByText(/要有本人（或监护人）的同意/)).toBeTruthy();
  });

  it('says how long things are kept and how to withdraw consent or ask for deletion', () => {
    renderPage(PrivacyGuidePage);

    expect(screen.getByText('保存多久')).toBeTruthy();
    expect(screen.getByText('如何撤回同意、删除信息')).toBeTruthy();
    expect(screen.getByText(/撤回家人代办/)).toBeTruthy();
    expect(screen.getByText(/关闭订阅消息/)).toBeTruthy();
    expect(screen.getByText(/删除信息或注销/)).toBeTruthy();
  });
});

describe('privacy authorization requests', () => {
  function waiting() {
    const answers: Array<{ event: string; buttonId?: string }> = [];
    const resolve: PrivacyResolve = (answer) => answers.push(answer);
    return { resolve, answers };
  }

  it('registers one listener with WeChat however many pages ask', () => {
    const auth = new PrivacyAuthorization();
    const onNeedPrivacyAuthorization = jest.fn();
    auth.listen({ onNeedPrivacyAuthorization });
    auth.listen({ onNeedPrivacyAuthorization });
    expect(onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1);
  });

  it('holds a request that comes before any page and shows it on the first prompt, reporting exposure once', () => {
    const auth = new PrivacyAuthorization();
    const req = waiting();
    auth.request(req.resolve);
    expect(req.answers).toEqual([]);

    const shown: boolean[] = [];
    auth.present((v) => shown.push(v));
    auth.present((v) => shown.push(v));

    expect(shown[0]).toBe(true);
    expect(req.answers).toEqual([{ event: 'exposureAuthorization' }]);
  });

  it('shows the request on the page on screen, and on the page below once that one closes', () => {
    const auth = new PrivacyAuthorization();
    const map: boolean[] = [];
    const guide: boolean[] = [];
    auth.present((v) => map.push(v));
    const closeGuide = auth.present((v) => guide.push(v));

    auth.request(waiting().resolve);
    expect(guide).toEqual([true]);
    expect(map).toEqual([false]);

    closeGuide();
    expect(map.at(-1)).toBe(true);
  });

  it('answers every waiting API with the agree button id, then hides the prompt', () => {
    const auth = new PrivacyAuthorization();
    const shown: boolean[] = [];
    auth.present((v) => shown.push(v));
    const location = waiting();
    const phone = waiting();
    auth.request(location.resolve);
    auth.request(phone.resolve);

    auth.agree('privacy-agree');

    expect(location.answers.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' });
    expect(phone.answers.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' });
    expect(shown.at(-1)).toBe(false);
    expect(auth.waiting).toBe(false);
  });

  it('declines so the waiting API fails rather than hangs', () => {
    const auth = new PrivacyAuthorization();
    auth.present(() => undefined);
    const req = waiting();
    auth.request(req.resolve);

    auth.disagree();

    expect(req.answers.at(-1)).toEqual({ event: 'disagree' });
  });
});

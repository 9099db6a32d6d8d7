import { ApiCallError } from '../../../api/api-call-error';

interface WxFace {
  startFacialRecognitionVerify(options: {
    name: string;
    idCardNumber: string;
    checkAliveType?: number;
    success: (res: { errCode?: number; verifyResult?: string }) => void;
    fail: (err: { errCode?: number; errMsg?: string }) => void;
  }): void;
}

const failed = (message: string) => new ApiCallError('INVALID_INPUT', message, 'verifyResult');

/**
 * 人脸核身: WeChat compares the face in front of the camera with the photo of `idCardNumber` and
 * hands back a `verifyResult`, which only the backend can turn into a fact (it asks WeChat). In the
 * mini-program this is `wx.startFacialRecognitionVerify` (medical mini-programs); the browser build has
 * no camera check, so the local server's stand-in answers for the signed-in account.
 */
export async function faceCheck(name: string, idCardNumber: string): Promise<string> {
  if (process.env.TARO_ENV === 'weapp') {
    const wxApi = (globalThis as unknown as { wx: WxFace }).wx;
    return new Promise<string>((resolve, reject) => {
      wxApi.startFacialRecognitionVerify({
        name,
        idCardNumber,
        checkAliveType: 2,
        success: (res) => (res.verifyResult ? resolve(res.verifyResult) : reject(failed('人脸核身没有完成，请重试'))),
        fail: (err) => reject(failed(err.errCode === 90100 ? '已退出人脸核身' : '人脸核身没有通过，请确认是本人并在光线充足处重试')),
      });
    });
  }
  const res = await fetch('/__dev/wx/startFacialRecognitionVerify', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, idCardNumber }),
  });
  const body = (await res.json().catch(() => ({}))) as { verifyResult?: string };
  if (!body.verifyResult) throw failed('人脸核身没有通过，请确认是本人并在光线充足处重试');
  return body.verifyResult;
}

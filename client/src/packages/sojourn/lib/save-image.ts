import Taro from '@tarojs/taro';
import { dayOf } from '@shared/appointment/local-time';
import type { SummaryDoc } from './summary-doc';
import { drawSummary, IMAGE_WIDTH, type Canvas2D } from './summary-image';

/** The id of the page's hidden 2D canvas the mini-program draws the image on. */
export const SUMMARY_CANVAS_ID = 'sj-summary-canvas';

export type SaveOutcome = 'saved' | 'downloaded' | 'denied';

interface DrawableCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): unknown;
}

/** Measures, sizes the canvas (which clears it) and paints the summary. */
function paint(canvas: DrawableCanvas, doc: SummaryDoc): void {
  const ctx = canvas.getContext('2d') as Canvas2D | null;
  if (!ctx) throw new Error('这台设备无法生成图片');
  const generatedOn = dayOf(new Date());
  const height = drawSummary(ctx, doc, false, generatedOn);
  canvas.width = IMAGE_WIDTH;
  canvas.height = height;
  drawSummary(ctx, doc, true, generatedOn);
}

function canvasNode(): Promise<DrawableCanvas> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${SUMMARY_CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: DrawableCanvas } | null>) => (res[0]?.node ? resolve(res[0].node) : reject(new Error('图片生成失败，请稍后再试'))));
  });
}

/**
 * WeChat's 保存到相册 permission: asked the first time; once refused, WeChat will not ask again, so
 * the user is sent to the settings page to switch it on and we read the answer from there.
 */
async function albumAllowed(): Promise<boolean> {
  const { authSetting } = await Taro.getSetting();
  const state = authSetting['scope.writePhotosAlbum'];
  if (state === true) return true;
  if (state === undefined) {
    try {
      await Taro.authorize({ scope: 'scope.writePhotosAlbum' });
      return true;
    } catch {
      return false;
    }
  }
  const { confirm } = await Taro.showModal({
    title: '需要“保存到相册”权限',
    content: '旅居健康小结要保存为图片，请在设置中打开“添加到相册”。',
    confirmText: '去设置',
    cancelText: '不保存',
  });
  if (!confirm) return false;
  const after = await Taro.openSetting();
  return after.authSetting['scope.writePhotosAlbum'] === true;
}

async function saveInWeapp(doc: SummaryDoc): Promise<SaveOutcome> {
  const canvas = await canvasNode();
  paint(canvas, doc);
  const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' });
  if (!(await albumAllowed())) return 'denied';
  await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath });
  return 'saved';
}

/** In a browser: a PNG made on an off-page canvas, downloaded under `fileName`. */
function downloadInBrowser(doc: SummaryDoc, fileName: string): SaveOutcome {
  const canvas = document.createElement('canvas');
  paint(canvas, doc);
  const link = document.createElement('a');
  link.href = canvas.toDataURL('image/png');
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  return 'downloaded';
}

/** Saves the summary as an image: to the phone's album in WeChat, as a download in a browser. */
export async function saveSummaryImage(doc: SummaryDoc, fileName: string): Promise<SaveOutcome> {
  return process.env.TARO_ENV === 'weapp' ? saveInWeapp(doc) : downloadInBrowser(doc, fileName);
}

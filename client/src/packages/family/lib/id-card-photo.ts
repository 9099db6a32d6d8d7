import Taro from '@tarojs/taro';

/** A photo taken for reading, by the URL WeChat's OCR fetches it from; `discard` removes the upload. */
export interface UploadedPhoto {
  url: string;
  discard: () => Promise<void>;
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function uploadInMiniProgram(): Promise<UploadedPhoto | null> {
  const { tempFiles } = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'] });
  const filePath = tempFiles[0]?.tempFilePath;
  if (!filePath) return null;
  const cloudPath = `id-card-photos/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.jpg`;
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath });
  const { fileList } = await Taro.cloud.getTempFileURL({ fileList: [fileID] });
  const url = fileList[0]?.tempFileURL;
  const discard = async () => {
    await Taro.cloud.deleteFile({ fileList: [fileID] });
  };
  if (!url) {
    await discard();
    return null;
  }
  return { url, discard };
}

/** The browser build has no cloud storage: the local server's stand-in keeps the picture instead. */
async function uploadInBrowser(): Promise<UploadedPhoto | null> {
  const { tempFilePaths } = await Taro.chooseImage({ count: 1, sourceType: ['camera', 'album'], sizeType: ['compressed'] });
  if (!tempFilePaths[0]) return null;
  const bytes = await (await fetch(tempFilePaths[0])).arrayBuffer();
  const res = await fetch('/__dev/wx/uploadImage', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ base64: toBase64(bytes) }),
  });
  if (!res.ok) throw new Error('upload failed');
  const { url } = (await res.json()) as { url: string };
  return { url, discard: async () => undefined };
}

/**
 * Lets a staff member photograph an ID card and puts the photo where WeChat's OCR can read it. The
 * photo is removed again once read (`discard`): it is not kept anywhere. Null when they cancel.
 */
export async function takeIdCardPhoto(): Promise<UploadedPhoto | null> {
  try {
    return process.env.TARO_ENV === 'weapp' ? await uploadInMiniProgram() : await uploadInBrowser();
  } catch (err) {
    // Cancelling the camera is not a failure.
    if (/cancel/i.test(String((err as { errMsg?: string })?.errMsg ?? err))) return null;
    throw err;
  }
}

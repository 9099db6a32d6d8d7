import Taro from '@tarojs/taro';

/**
 * A marker icon as a file path WeChat's map accepts. Small images are inlined into the bundle as
 * `data:` URLs, which map markers do not load, so such an icon is written once to the mini-program's
 * own user-data folder and that file is used instead.
 */
export function markerIcon(name: string, imported: string): string {
  if (!imported.startsWith('data:')) return imported;
  const dir = (Taro.env as { USER_DATA_PATH?: string }).USER_DATA_PATH;
  if (!dir) return imported;
  const file = `${dir}/yl-map-${name}.png`;
  const fs = Taro.getFileSystemManager();
  try {
    fs.accessSync(file);
  } catch {
    try {
      fs.writeFileSync(file, imported.slice(imported.indexOf(',') + 1), 'base64');
    } catch {
      return imported;
    }
  }
  return file;
}

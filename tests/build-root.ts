import path from 'node:path';

/**
 * Where the tests find the built app: `npm test` builds a copy of its own and names it in
 * YL_BUILD_ROOT (.build/test-dist), so a build running beside the tests cannot change it; a jest
 * run started by hand uses dist/ (`npx taro build --type h5` / `--type weapp`).
 */
export const BUILD_ROOT = path.resolve(__dirname, '..', process.env.YL_BUILD_ROOT ?? 'dist');
export const builtDir = (type: 'h5' | 'weapp') => path.join(BUILD_ROOT, type);

// Runs in the mini-program before the first page: the runtime's component table learns the
// accessibility attributes the templates were built with (see accessibility-attributes.js).
import { mergeInternalComponents } from '@tarojs/shared';
import attributes from './accessibility-attributes';

mergeInternalComponents(attributes);

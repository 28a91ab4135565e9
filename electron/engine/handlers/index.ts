import type { EngineHandlers } from './types';
import { bulkHandlers } from './bulk';
import { captureHandlers } from './capture';
import { customerHandlers } from './customers';
import { importHandlers } from './imports';
import { mergeHandlers } from './merge';
import { preferenceHandlers } from './preferences';
import { privacyHandlers } from './privacy';
import { profileHandlers } from './profile';
import { rateHandlers } from './rates';
import { timelineHandlers } from './timeline';

/** Every engine channel's handler; the type makes a missing one a compile error, a test checks it at run time. */
export const engineHandlers: EngineHandlers = {
  ...profileHandlers,
  ...customerHandlers,
  ...bulkHandlers,
  ...timelineHandlers,
  ...captureHandlers,
  ...importHandlers,
  ...privacyHandlers,
  ...mergeHandlers,
  ...rateHandlers,
  ...preferenceHandlers,
};

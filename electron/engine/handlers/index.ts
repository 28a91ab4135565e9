import type { EngineHandlers } from './types';
import { attentionHandlers } from './attention';
import { campaignHandlers } from './campaigns';
import { captureHandlers } from './capture';
import { customerHandlers } from './customers';
import { documentHandlers } from './documents';
import { giftHandlers } from './gifts';
import { importHandlers } from './imports';
import { metricsHandlers } from './metrics';
import { preferenceHandlers } from './preferences';
import { profileHandlers } from './profile';
import { programHandlers } from './programs';
import { rateHandlers } from './rates';
import { rfmHandlers } from './rfm';
import { segmentsHandlers } from './segments';
import { templateHandlers } from './templates';
import { timelineHandlers } from './timeline';

/**
 * Every engine channel's handler; the type makes a missing one a compile error, a test checks it at run time.
 * This registry is the only module of handlers/ that code outside handlers/ imports.
 */
export const engineHandlers: EngineHandlers = {
  ...profileHandlers,
  ...customerHandlers,
  ...timelineHandlers,
  ...captureHandlers,
  ...importHandlers,
  ...rateHandlers,
  ...preferenceHandlers,
  ...rfmHandlers,
  ...metricsHandlers,
  ...attentionHandlers,
  ...documentHandlers,
  ...segmentsHandlers,
  ...templateHandlers,
  ...giftHandlers,
  ...programHandlers,
  ...campaignHandlers,
};

export type { EngineHandler, EngineHandlers, HandlerContext } from './types';
export { WorkspaceMemory } from './memory';

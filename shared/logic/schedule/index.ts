/** Campaign scheduling under the contact policy (pure): see place.ts for the rules, expand.ts for the triggers. */
export { scheduleTouches, breaksWindow } from './place';
export { expandFor } from './expand';
export type { ScheduleInput, ScheduleResult, ScheduleCustomer, SchedulePlan, KeptTouch, PlacedTouch } from './types';

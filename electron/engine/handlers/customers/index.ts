import { bulkHandlers } from './bulk';
import { editHandlers } from './edit';
import { listHandlers } from './list';
import { matchHandlers } from './matches';
import { mergeHandlers } from './merge';
import { privacyHandlers } from './privacy';

/** Every customers.* channel: the grid, editing, bulk changes, duplicates and merges, privacy requests. */
export const customerHandlers = {
  ...listHandlers,
  ...editHandlers,
  ...bulkHandlers,
  ...matchHandlers,
  ...mergeHandlers,
  ...privacyHandlers,
};

export { updateCustomer } from './edit';

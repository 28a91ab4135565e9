import type { RfmGroup } from '@shared/domain/rfm';

/**
 * Each RFM group's own colour (a Radix colour scale, so it reads in light and dark), the same wherever a group is
 * drawn: the dashboard's bars, the RFM grid, a badge. Warm for the groups slipping away, green for the best.
 */
export const RFM_GROUP_COLOURS: Record<RfmGroup, 'green' | 'teal' | 'cyan' | 'blue' | 'indigo' | 'amber' | 'orange' | 'tomato' | 'red' | 'purple' | 'gray'> = {
  champions: 'green',
  loyal: 'teal',
  potentialLoyalists: 'cyan',
  new: 'blue',
  promising: 'indigo',
  needAttention: 'amber',
  aboutToSleep: 'orange',
  atRisk: 'tomato',
  cantLoseThem: 'red',
  hibernating: 'purple',
  lost: 'gray',
};

/** The CSS colour of a group for fills and strokes (step 9: the solid shade). */
export const rfmGroupFill = (group: RfmGroup) => `var(--${RFM_GROUP_COLOURS[group]}-9)`;

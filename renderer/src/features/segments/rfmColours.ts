import type { RfmGroup } from '@shared/domain/rfm';

/** Each RFM group's Radix colour: greens for the best, blues for the new, ambers for the drifting, reds for those at risk, greys for the gone. */
export const GROUP_COLOURS = {
  champions: 'green',
  loyal: 'teal',
  potentialLoyalists: 'cyan',
  new: 'blue',
  promising: 'sky',
  needAttention: 'amber',
  aboutToSleep: 'yellow',
  atRisk: 'orange',
  cantLoseThem: 'red',
  hibernating: 'gray',
  lost: 'gray',
} as const satisfies Record<RfmGroup, string>;

export const groupColour = (group: RfmGroup) => GROUP_COLOURS[group];

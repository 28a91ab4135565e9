import type { GiftInput } from '../../../shared/domain/gift';

/**
 * The demo roaster's gift catalogue (Nordlys Kafferisteri, Copenhagen): unit costs in DKK øre, what it costs the
 * business, not a sale price. Occasions and RFM groups say whom each gift suits (empty: any).
 */
export const DEMO_GIFTS: GiftInput[] = [
  {
    name: 'Pencil and notebook',
    description: 'A cedar pencil and a small linen notebook, with the card "let us write beautiful stories together". For B2B clients.',
    unitCostMinor: 8_500,
    supplier: 'Papirværkstedet, Nørrebro',
    occasions: ['client-news', 'anniversary', 'first-purchase'],
    rfmGroups: ['champions', 'loyal', 'cantLoseThem'],
    stock: 40,
  },
  {
    name: 'Limited roast, 250 g',
    description: 'A bag of the current limited lot, roasted the week it is sent.',
    unitCostMinor: 4_800,
    supplier: 'Own roastery',
    occasions: ['anniversary', 'birthday', 'referral', 'win-back'],
    rfmGroups: [],
    stock: null,
  },
  {
    name: 'Ceramic cup',
    description: 'A hand-thrown stoneware cup from a Copenhagen potter; each one slightly different.',
    unitCostMinor: 14_000,
    supplier: 'Keramikstudiet Amager',
    occasions: ['anniversary', 'large-order', 'referral'],
    rfmGroups: ['champions', 'loyal'],
    stock: 24,
  },
  {
    name: 'Pour-over kit',
    description: 'A ceramic dripper, 100 filters and a card with our brew ratio.',
    unitCostMinor: 21_000,
    supplier: 'Hario via Kaffegrej ApS',
    occasions: ['large-order', 'anniversary'],
    rfmGroups: ['champions', 'cantLoseThem'],
    stock: 12,
  },
  {
    name: 'Tasting invitation for two',
    description: 'Two seats at a Thursday cupping at the roastery, with the roaster.',
    unitCostMinor: 6_000,
    supplier: 'Own roastery',
    occasions: ['win-back', 'birthday', 'referral'],
    rfmGroups: ['atRisk', 'aboutToSleep', 'needAttention', 'potentialLoyalists'],
    stock: 30,
  },
  {
    name: 'Dark chocolate bar',
    description: 'A 70 % single-origin bar from a partner chocolatier, chosen to go with our filter roasts.',
    unitCostMinor: 3_200,
    supplier: 'Chokoladeriet Vesterbro',
    occasions: ['first-purchase', 'birthday', 'apology'],
    rfmGroups: ['new', 'promising'],
    stock: 60,
  },
  {
    name: 'Sample box of three roasts',
    description: 'Three 80 g bags, one espresso and two filter, for trying something new.',
    unitCostMinor: 5_500,
    supplier: 'Own roastery',
    occasions: ['first-purchase', 'win-back', 'apology'],
    rfmGroups: ['new', 'promising', 'hibernating', 'lost'],
    stock: null,
  },
  {
    name: 'Barista training session',
    description: 'An hour with our trainer at the client café: dialling in, milk, cleaning. For B2B cafés.',
    unitCostMinor: 45_000,
    supplier: 'Own roastery',
    occasions: ['client-news', 'large-order'],
    rfmGroups: ['champions', 'cantLoseThem'],
    stock: null,
  },
  {
    name: 'Christmas blend tin',
    description: 'A 250 g tin of the Christmas blend with a handwritten card.',
    unitCostMinor: 6_500,
    supplier: 'Own roastery',
    occasions: ['holiday'],
    rfmGroups: [],
    stock: 80,
  },
];

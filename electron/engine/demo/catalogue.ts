/**
 * What the demo roaster sells (prices in DKK øre, converted per customer's currency), and the words its
 * touchpoints and feedback are written in. Touchpoint summaries are in the business's language (English);
 * feedback comments are in the customer's own language.
 */
export type Category = 'Beans' | 'Wholesale beans' | 'Equipment' | 'Gift cards' | 'Subscriptions' | 'Courses';
export type Preference = 'espresso' | 'filter';

export interface Product {
  name: string;
  category: Category;
  /** DKK in øre. */
  priceDkkMinor: number;
  /** Which brewers it suits, if it is coffee. */
  suits?: Preference | 'both';
}

const beans = (name: string, kroner: number, suits: Preference | 'both'): Product => ({ name, category: 'Beans', priceDkkMinor: kroner * 100, suits });
const wholesale = (name: string, kroner: number, suits: Preference | 'both'): Product => ({
  name,
  category: 'Wholesale beans',
  priceDkkMinor: kroner * 100,
  suits,
});
const equipment = (name: string, kroner: number): Product => ({ name, category: 'Equipment', priceDkkMinor: kroner * 100 });

export const RETAIL_BEANS: readonly Product[] = [
  beans('Ethiopia Yirgacheffe, 250 g', 95, 'filter'),
  beans('Kenya Nyeri AA, 250 g', 105, 'filter'),
  beans('Colombia Huila, 250 g', 89, 'both'),
  beans('Guatemala Antigua, 250 g', 92, 'espresso'),
  beans('Brazil Cerrado, 250 g', 79, 'espresso'),
  beans('Costa Rica Tarrazú, 250 g', 99, 'filter'),
  beans('Rwanda Nyamasheke, 250 g', 98, 'filter'),
  beans('Panama Geisha, 100 g', 195, 'filter'),
  beans('Nordlys Espresso blend, 250 g', 85, 'espresso'),
  beans('Morgenlys filter blend, 250 g', 82, 'filter'),
  beans('Decaf Colombia (Swiss Water), 250 g', 89, 'both'),
  beans('Nordlys Espresso blend, 1 kg', 279, 'espresso'),
  beans('Morgenlys filter blend, 1 kg', 269, 'filter'),
];

export const WHOLESALE_BEANS: readonly Product[] = [
  wholesale('Nordlys Espresso blend, 1 kg (wholesale)', 215, 'espresso'),
  wholesale('House espresso, 1 kg (wholesale)', 199, 'espresso'),
  wholesale('Morgenlys filter blend, 1 kg (wholesale)', 205, 'filter'),
  wholesale('Seasonal single origin, 1 kg (wholesale)', 245, 'filter'),
  wholesale('Decaf Colombia, 1 kg (wholesale)', 225, 'both'),
];

export const RETAIL_EQUIPMENT: readonly Product[] = [
  equipment('Hario V60 dripper', 149),
  equipment('V60 filter papers, 100', 49),
  equipment('Chemex 6-cup', 449),
  equipment('AeroPress Original', 299),
  equipment('Comandante C40 hand grinder', 1899),
  equipment('Fellow Stagg EKG kettle', 1199),
  equipment('Moccamaster KBG Select', 2299),
  equipment('Milk jug, 600 ml', 129),
  equipment('Brewing scale with timer', 399),
];

export const B2B_EQUIPMENT: readonly Product[] = [
  equipment('Espresso machine service visit', 1800),
  equipment('Grinder burr set', 1450),
  equipment('Barista cups and saucers, 24', 1150),
  equipment('Batch brewer filter papers, 500', 390),
];

export const GIFT_CARDS: readonly Product[] = [
  { name: 'Gift card, 200 kr', category: 'Gift cards', priceDkkMinor: 20_000 },
  { name: 'Gift card, 300 kr', category: 'Gift cards', priceDkkMinor: 30_000 },
  { name: 'Gift card, 500 kr', category: 'Gift cards', priceDkkMinor: 50_000 },
];

export const SUBSCRIPTIONS: readonly Product[] = [
  { name: 'Monthly subscription: 2 × 250 g', category: 'Subscriptions', priceDkkMinor: 17_900 },
  { name: 'Monthly subscription: 1 kg', category: 'Subscriptions', priceDkkMinor: 32_900 },
  { name: 'Monthly subscription: single origin explorer', category: 'Subscriptions', priceDkkMinor: 22_900 },
];

export const COURSES: readonly Product[] = [
  { name: 'Home barista course', category: 'Courses', priceDkkMinor: 45_000 },
  { name: 'Cupping evening', category: 'Courses', priceDkkMinor: 19_500 },
];

/** Trade fairs the roaster stands at every year: month (1–12) and day. */
export const TRADE_FAIRS = [
  { name: 'London Coffee Festival', country: 'GB', month: 3, day: 28 },
  { name: 'Prague Coffee Festival', country: 'CZ', month: 4, day: 12 },
  { name: 'Copenhagen Coffee Festival', country: 'DK', month: 5, day: 23 },
  { name: 'Ljubljana Coffee Days', country: 'SI', month: 9, day: 13 },
  { name: 'Oslo Coffee Festival', country: 'NO', month: 10, day: 4 },
  { name: 'HORECA Nord, Herning', country: 'DK', month: 2, day: 6 },
] as const;

export interface TouchpointText {
  summary: string;
  outcomes: readonly string[];
}

export const TOUCHPOINTS = {
  accountReview: [
    { summary: 'Quarterly account review: volumes steady, tasted the new seasonal espresso', outcomes: ['Added the seasonal espresso to the next order', 'Happy with the current blend', 'Follow up after the next delivery'] },
    { summary: 'Account review: went through last quarter’s orders and grinder settings', outcomes: ['Agreed on a fixed delivery day', 'Will trial the filter blend for batch brew', 'No changes needed'] },
    { summary: 'Account review with tasting of two new origins', outcomes: ['Switching guest coffee to Rwanda', 'Wants samples for the team', 'Will decide next month'] },
  ],
  onboarding: [
    { summary: 'Welcome visit: dialled in the grinder and trained the baristas', outcomes: ['Team trained', 'Recipe card left at the bar'] },
  ],
  christmasGift: [
    { summary: 'Christmas gift: Panama Geisha 100 g with a handwritten card', outcomes: ['Thank-you email received', 'Delivered', 'Posted a photo on Instagram'] },
    { summary: 'Christmas gift: a good pencil and “let us write beautiful stories together”', outcomes: ['Delivered', 'Thank-you call received'] },
  ],
  thankYouLetter: [
    { summary: 'Handwritten thank-you note with the first order', outcomes: ['Sent'] },
    { summary: 'Thank-you letter for ten years as a customer', outcomes: ['Sent', 'Customer called to say thanks'] },
  ],
  afterSales: [
    { summary: 'After-sales call: checked the new equipment arrived and shared a brew recipe', outcomes: ['All good', 'Sent a grind-size guide', 'Will visit the shop for a demo'] },
    { summary: 'After-sales email with brewing tips for the new beans', outcomes: ['Answered with thanks', 'No answer'] },
  ],
  support: [
    { summary: 'Grinder burrs worn; replacement sent', outcomes: ['Resolved', 'Technician visit booked'] },
    { summary: 'Parcel delayed in transit; tracked and resent', outcomes: ['Resolved', 'Refunded shipping'] },
    { summary: 'Asked how to descale the Moccamaster', outcomes: ['Guide sent', 'Resolved'] },
  ],
  accounting: [
    { summary: 'Invoice reminder sent', outcomes: ['Paid', 'Paid after second reminder', 'Asked for a copy of the invoice'] },
    { summary: 'Asked to change the invoice address', outcomes: ['Updated'] },
  ],
  event: [{ summary: 'Invited to the cupping evening at the roastery', outcomes: ['Attended', 'Declined', 'No answer'] }],
  social: [{ summary: 'Tagged us on Instagram with their morning brew', outcomes: ['Liked and thanked', 'Reposted'] }],
  winBack: [{ summary: 'Win-back email: “we miss you”, 15% off the next bag', outcomes: ['No answer', 'Opened, no order yet'] }],
  feedbackFollowUp: [{ summary: 'Called about their feedback', outcomes: ['Apologised and sent a free bag', 'Issue explained', 'Will try again'] }],
  farewell: [{ summary: 'Said goodbye: moving on to a new job; introduced us to the successor', outcomes: ['Successor introduced'] }],
} satisfies Record<string, readonly TouchpointText[]>;

/** Feedback comments in each customer's language, by how they feel. */
export const COMMENTS: Record<'da' | 'nb' | 'cs' | 'sl' | 'en', Record<'promoter' | 'passive' | 'detractor', readonly string[]>> = {
  da: {
    promoter: ['Fantastisk kaffe og altid venlig betjening.', 'Bedste espresso i byen – vores gæster elsker den.', 'Abonnementet er det bedste, jeg har købt i år. Tak!', 'Kenya-bønnerne er helt særlige. Jeg anbefaler jer til alle.'],
    passive: ['God kaffe, men leveringen tog lidt for lang tid.', 'Fine bønner. Prisen er lidt høj.', 'Godt, men jeg savner flere lyse ristninger.'],
    detractor: ['Bønnerne var for mørkt ristede denne gang.', 'Pakken kom to dage for sent, og ingen svarede på min mail.', 'Kværnen gik i stykker efter en måned.'],
  },
  nb: {
    promoter: ['Nydelig kaffe og rask levering til Bergen.', 'Kundene våre spør etter bønnene deres hele tiden.', 'Beste filterkaffe jeg har smakt. Tusen takk!'],
    passive: ['Gode bønner, men litt dyrt med frakt til Norge.', 'Fin kaffe, men jeg skulle ønske det var flere lyse brenninger.'],
    detractor: ['Kvernen fungerte ikke, og det tok lang tid å få svar.', 'Pakken ble stoppet i tollen i over en uke.'],
  },
  cs: {
    promoter: ['Výborná káva, přesně podle mého gusta.', 'Naši hosté si espresso moc pochvalují. Děkujeme!', 'Skvělé předplatné, každý měsíc se těším na nový balíček.'],
    passive: ['Káva dobrá, ale doprava do Česka je drahá.', 'Chutná mi, jen bych uvítal/a větší balení.'],
    detractor: ['Zásilka přišla poškozená a reklamace trvala dlouho.', 'Káva byla tentokrát příliš tmavě pražená.'],
  },
  sl: {
    promoter: ['Odlična kava, hvala za hitro dostavo!', 'Gostje v kavarni so navdušeni nad espressom.', 'Najboljša kava, kar sem jih poskusila. Priporočam!'],
    passive: ['Dobra kava, vendar je poštnina v Slovenijo visoka.', 'Všeč mi je, ampak dostava je trajala predolgo.'],
    detractor: ['Kava je prišla prepozno, ko smo že ostali brez zalog.', 'Mlinček se je pokvaril po enem mesecu.'],
  },
  en: {
    promoter: ['Lovely beans and the friendliest service.', 'Our customers keep asking about the Ethiopian.', 'The subscription is the best thing I bought this year. Thank you!'],
    passive: ['Good coffee, but delivery to the UK is slow.', 'Nice beans, a bit pricey with shipping.'],
    detractor: ['The grinder broke after a month and support was slow to reply.', 'The last bag tasted stale.'],
  },
};

export const NOTES = {
  b2b: [
    'Two-group espresso machine; prefers deliveries on Tuesday mornings.',
    'Runs batch brew at weekends; uses the filter blend for it.',
    'Pays by invoice, 14 days. Send invoices to the bookkeeper, not the owner.',
    'Opening a second location next spring: keep in touch.',
    'Very particular about roast dates: never send beans older than a week.',
  ],
  b2c: [
    'Likes light roasts; ask about the new Kenya.',
    'Brews with an AeroPress at the office.',
    'Came to two cupping evenings; knows a lot about Ethiopian coffees.',
    'Prefers to collect in the shop on Saturdays.',
    'Buys gift cards for the whole family every December.',
  ],
};

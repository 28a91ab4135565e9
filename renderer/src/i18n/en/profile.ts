/** English: The business profile. */
export default {
  profile: {
    name: 'Business name',
    namePlaceholder: 'e.g. Hansen’s Bakery',
    kind: 'Who are your customers?',
    kinds: {
      b2b: 'Businesses (B2B)',
      b2c: 'Consumers (B2C)',
      both: 'Both',
    },
    kindHelp: {
      b2b: 'You sell to other companies: account reviews, personal notes and well-chosen gifts.',
      b2c: 'You sell to people: loyalty cards, points, birthdays and thank-yous.',
      both: 'A mix of companies and private customers.',
    },
    industry: 'Industry',
    industryPlaceholder: 'e.g. Bakery, hinge maker, car dealer',
    country: 'Country',
    currency: 'Currency',
    language: 'Language',
    languageHelp: 'The language you write to your customers in.',
    grossMargin: 'Gross margin %',
    grossMarginHelp: 'The share of a sale you keep after the cost of the goods: lifetime value counts it as profit.',
    suggested: 'Suggested',
    allCountries: 'All countries',
    allCurrencies: 'All currencies',
    errors: {
      required: 'The business needs a name.',
      tooLong: 'Use at most {{max}} characters.',
      country: 'Choose a country.',
      currency: 'Choose a currency.',
      invalid: 'This value is not valid.',
      grossMargin: 'Write a percentage from 0 to 100, such as 40.',
    },
  },
};

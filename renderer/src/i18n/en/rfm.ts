/** English: the RFM groups (shared/logic/rfm.ts), named and explained the same on the dashboard and in Segments. */
export default {
  rfm: {
    groups: {
      champions: { name: 'Champions', explanation: 'Bought recently, buy often and spend the most.', action: 'Thank them personally; ask for a review or a referral.' },
      loyal: { name: 'Loyal', explanation: 'Buy often and not long ago.', action: 'Recognise them: an early look at news, a small thank-you.' },
      potentialLoyalists: { name: 'Potential loyalists', explanation: 'Recent customers who have come back a few times.', action: 'Invite them into your loyalty program.' },
      new: { name: 'New', explanation: 'Bought for the first time very recently.', action: 'Welcome them and make the second purchase easy.' },
      promising: { name: 'Promising', explanation: 'Bought recently, but only once.', action: 'A personal follow-up so they remember you.' },
      needAttention: { name: 'Need attention', explanation: 'Middling on recency and frequency: could go either way.', action: 'Reach out with something relevant to what they bought.' },
      aboutToSleep: { name: 'About to sleep', explanation: 'Have not bought for a while and did not buy often.', action: 'Remind them you are there, gently.' },
      atRisk: { name: 'At risk', explanation: 'Used to buy often, but not for a long time.', action: 'Call or write personally before they are gone.' },
      cantLoseThem: { name: 'Can’t lose them', explanation: 'Were among your most frequent buyers, and have gone quiet.', action: 'Get in touch now, in person if you can.' },
      hibernating: { name: 'Hibernating', explanation: 'Bought rarely, and long ago.', action: 'An occasional offer; do not push.' },
      lost: { name: 'Lost', explanation: 'Bought once or twice, very long ago.', action: 'Try one win-back; otherwise let them be.' },
    },
  },
};

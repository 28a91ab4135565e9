import type { Language } from '../../shared/domain/profile';
import type { TemplateKind, TemplateVersion } from '../../shared/domain/template';
import accountReviewCall from './account-review-call.json';
import anniversary from './anniversary.json';
import b2bClientNews from './b2b-client-news.json';
import birthday from './birthday.json';
import giftNote from './gift-note.json';
import referralThanks from './referral-thanks.json';
import surveyRequest from './survey-request.json';
import thanksFirstPurchase from './thanks-first-purchase.json';
import thanksLargeOrder from './thanks-large-order.json';
import winBack from './win-back.json';

/**
 * The starter library: ten templates, each in every language the app writes (en, da, nb, cs, sl). The engine
 * copies them into a new book (Template.starterKey keeps the key); tests/unit/resources/starter-templates.test.ts
 * checks their fields and renders each one.
 */
export interface StarterTemplate {
  key: string;
  kind: TemplateKind;
  /** A GIFT_OCCASIONS word, or '' when the template is for no particular occasion. */
  occasion: string;
  name: Record<Language, string>;
  versions: Record<Language, TemplateVersion>;
}

export const STARTER_TEMPLATES: StarterTemplate[] = [
  thanksFirstPurchase,
  thanksLargeOrder,
  anniversary,
  birthday,
  winBack,
  referralThanks,
  b2bClientNews,
  giftNote,
  surveyRequest,
  accountReviewCall,
] as StarterTemplate[];

import type { DocumentKind } from '@shared/domain/document';
import type { DeliveryChannel } from '@shared/domain/recipients';
import type { TemplateKind } from '@shared/domain/template';

/** Which templates each document kind prints, and how its pieces reach people (for the coverage check). */
export const DOCUMENT_TEMPLATE_KINDS: Record<DocumentKind, readonly TemplateKind[]> = {
  letters: ['letter', 'note'],
  giftCards: ['giftCard', 'note'],
  callList: ['callScript'],
};

export const DOCUMENT_CHANNEL: Record<DocumentKind, DeliveryChannel> = { letters: 'letter', giftCards: 'gift', callList: 'phone' };

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Membership } from '@shared/domain/segment';
import type { Section } from './sections';

/**
 * Moving between sections with something in hand: the dashboard opens a customer's page, a segment or an RFM
 * cell opens the customers grid limited to its members. The Shell owns the state; screens ask through
 * `useNavigation()`. Each request carries a fresh `nonce`, so asking twice for the same thing acts twice.
 */
export interface CustomersIntent {
  nonce: number;
  /** Open this customer's page. */
  openId?: string;
  /** Limit the grid to these members, with the words that say which (a segment's name, "Champions"). */
  membership?: { segment: Membership; label: string };
}

/** Open the Documents section with these customers as the recipients (the grid's "Write letters…"). */
export interface DocumentsIntent {
  nonce: number;
  customerIds: string[];
}

/** Open the Campaigns section on one of its tabs (Settings links to the contact policy). */
export interface CampaignsIntent {
  nonce: number;
  tab: 'plans' | 'calendar' | 'week' | 'policy';
}

export interface Navigation {
  section: Section;
  go: (section: Section) => void;
  openCustomer: (id: string) => void;
  openCustomers: (membership: { segment: Membership; label: string }) => void;
  customersIntent: CustomersIntent | null;
  openDocuments: (request: { customerIds: string[] }) => void;
  documentsIntent: DocumentsIntent | null;
  openCampaigns: (tab: CampaignsIntent['tab']) => void;
  campaignsIntent: CampaignsIntent | null;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ section, onSelect, children }: { section: Section; onSelect: (section: Section) => void; children: ReactNode }) {
  const [customersIntent, setIntent] = useState<CustomersIntent | null>(null);
  const [documentsIntent, setDocumentsIntent] = useState<DocumentsIntent | null>(null);
  const [campaignsIntent, setCampaignsIntent] = useState<CampaignsIntent | null>(null);
  const value = useMemo<Navigation>(
    () => ({
      section,
      go: onSelect,
      openCustomer: (id) => {
        setIntent({ nonce: Date.now() + Math.random(), openId: id });
        onSelect('customers');
      },
      openCustomers: (membership) => {
        setIntent({ nonce: Date.now() + Math.random(), membership });
        onSelect('customers');
      },
      customersIntent,
      openDocuments: ({ customerIds }) => {
        setDocumentsIntent({ nonce: Date.now() + Math.random(), customerIds });
        onSelect('documents');
      },
      documentsIntent,
      openCampaigns: (tab) => {
        setCampaignsIntent({ nonce: Date.now() + Math.random(), tab });
        onSelect('campaigns');
      },
      campaignsIntent,
    }),
    [section, onSelect, customersIntent, documentsIntent, campaignsIntent],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation is used outside the Shell.');
  return navigation;
}

import { Box } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import type { WorkspaceInfo } from '@shared/domain/workspace';
import { useProfile } from '../../lib/queries';
import { CustomerList } from './CustomerList';
import { CustomerPage } from './CustomerPage';
import { type CustomersIntent, useNavigation } from '../shell/navigation';

type Membership = NonNullable<CustomersIntent['membership']>;

/**
 * The Customers section: the grid, and one customer's page over it. The list stays mounted (hidden) while a
 * customer is open, so search, sort, scroll position and selection are as they were on the way back.
 */
export function CustomersScreen({ info }: { info: WorkspaceInfo }) {
  const profile = useProfile();
  const currency = profile.data?.currency ?? info.profile.currency;
  const [openId, setOpenId] = useState<string | null>(null);
  // another section asked for a customer's page (the dashboard's attention list, a segment's preview)
  const { customersIntent } = useNavigation();
  // a segment or an RFM cell asked for the grid limited to its members (until "Show everyone")
  const [membership, setMembership] = useState<Membership | null>(null);
  useEffect(() => {
    if (customersIntent?.openId) setOpenId(customersIntent.openId);
    else if (customersIntent?.membership) {
      setOpenId(null);
      setMembership(customersIntent.membership);
    }
  }, [customersIntent]);

  return (
    <>
      <Box className="customers-screen" hidden={openId !== null}>
        <CustomerList workspacePath={info.path} currency={currency} onOpen={setOpenId} membership={membership} onShowEveryone={() => setMembership(null)} />
      </Box>
      {openId !== null && <CustomerPage id={openId} currency={currency} onBack={() => setOpenId(null)} onOpen={setOpenId} />}
    </>
  );
}

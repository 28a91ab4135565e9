import { Button, DropdownMenu } from '@radix-ui/themes';
import { Columns3 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { COLUMN_IDS, type ColumnId } from './columns';

/** A menu of checkboxes, one per column; the choice is remembered per workspace by the caller. */
export function ColumnChooser({ visible, onToggle, onReset }: { visible: ReadonlySet<ColumnId>; onToggle: (id: ColumnId, shown: boolean) => void; onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger>
        <Button variant="soft" color="gray" size="2">
          <Columns3 size={16} aria-hidden />
          {t('customers.columnsMenu')}
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end" size="2">
        <DropdownMenu.Label>{t('customers.columnsShown')}</DropdownMenu.Label>
        {COLUMN_IDS.map((id) => (
          <DropdownMenu.CheckboxItem
            key={id}
            checked={visible.has(id)}
            disabled={visible.has(id) && visible.size === 1}
            // Keep the menu open so several columns can be switched in one go.
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) => onToggle(id, checked === true)}
          >
            {t(`customers.columns.${id}`)}
          </DropdownMenu.CheckboxItem>
        ))}
        <DropdownMenu.Separator />
        <DropdownMenu.Item onSelect={onReset}>{t('customers.columnsReset')}</DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}

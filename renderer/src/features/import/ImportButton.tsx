import { Button } from '@radix-ui/themes';
import { FileUp } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportWizard } from './ImportWizard';

/** "Import customers…": opens the import wizard. Self-contained, so any screen (or the sidebar) can place it. */
export function ImportButton({ className, variant = 'soft' }: { className?: string; variant?: 'soft' | 'solid' | 'outline' | 'surface' | 'ghost' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} className={className} onClick={() => setOpen(true)}>
        <FileUp size={16} aria-hidden /> {t('import.open')}
      </Button>
      <ImportWizard open={open} onOpenChange={setOpen} />
    </>
  );
}

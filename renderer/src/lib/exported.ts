import type { TFunction } from 'i18next';
import { toast } from 'sonner';
import type { ExportedFile } from '@shared/domain/export';
import { call, followDownload } from './api';

/** How an export ended up with the user, for the message under the title and inline notes. */
export type Delivery = 'saved' | 'downloaded' | 'download-failed';

/**
 * Tells the user where an export went: a message with the path that stays a while (people copy it), "Show in
 * folder" where the shell can show files, and in a browser the download of a copy, started here.
 */
export async function announceExport(t: TFunction, title: string, file: ExportedFile): Promise<{ delivery: Delivery; description: string }> {
  let delivery: Delivery = 'saved';
  if (file.downloadUrl) {
    try {
      await followDownload(file.downloadUrl);
      delivery = 'downloaded';
    } catch {
      delivery = 'download-failed';
    }
  }
  const description = exportDescription(t, file.path, delivery);
  const revealId = file.revealId;
  toast.success(title, {
    description,
    duration: 12_000,
    action: revealId
      ? {
          label: t('exports.showInFolder'),
          onClick: () => {
            call('exports.reveal', { revealId }).catch((error: unknown) => toast.error(t('exports.revealFailed'), { description: String((error as Error).message ?? error) }));
          },
        }
      : undefined,
  });
  return { delivery, description };
}

export function exportDescription(t: TFunction, path: string, delivery: Delivery): string {
  if (delivery === 'downloaded') return t('exports.savedAndDownloaded', { path });
  if (delivery === 'download-failed') return t('exports.savedNotDownloaded', { path });
  return t('exports.savedTo', { path });
}

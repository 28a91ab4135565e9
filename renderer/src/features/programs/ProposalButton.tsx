import { Box, Button } from '@radix-ui/themes';
import { useMutation } from '@tanstack/react-query';
import { FileText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DocumentExportAnswer } from '@shared/domain/document';
import type { EconomicsAssumptions } from '@shared/domain/program';
import { ApiErrorCallout } from '../../components/ApiErrorCallout';
import { type ApiError, call } from '../../lib/api';
import { announceExport } from '../../lib/exported';
import { JobProgress } from '../import/JobProgress';

/**
 * "Proposal…": the campaign proposal (DOCX) for this program with the economics' assumptions as shown, its plans'
 * calendar and budget, written in the engine with progress and Stop; the save dialog chooses the file, and the
 * message that follows offers Open and Show in folder.
 */
export function ProposalButton({ programId, today, assumptions }: { programId: string; today: string; assumptions: EconomicsAssumptions }) {
  const { t } = useTranslation();
  const proposal = useMutation<DocumentExportAnswer | null, ApiError>({
    mutationFn: () => call('documents.export', { kind: 'proposal', programId, date: today, assumptions }),
    onSuccess: (answer) => {
      if (answer) void announceExport(t, t('programs.proposal.created'), answer);
    },
  });
  return (
    <Box>
      <Button variant="soft" onClick={() => proposal.mutate()} loading={proposal.isPending}>
        <FileText size={16} aria-hidden />
        {t('programs.proposal.button')}
      </Button>
      {proposal.isPending && (
        <JobProgress
          jobId="documents.export"
          waiting={t('programs.proposal.waiting')}
          counting={(done, total) => t('programs.proposal.counting', { done, total })}
          label={t('programs.proposal.label')}
          stop={t('programs.proposal.stop')}
        />
      )}
      {proposal.error && <ApiErrorCallout error={proposal.error} title={t('programs.proposal.failed')} />}
    </Box>
  );
}

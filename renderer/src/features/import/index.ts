export { ImportButton } from './ImportButton';
export { ImportWizard } from './ImportWizard';
export { ImportHistoryButton, ImportHistoryDialog } from './ImportHistory';

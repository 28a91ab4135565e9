export { ImportButton } from './ImportButton';
export { ImportWizard } from './ImportWizard';

/** English: Strings the whole app shares: its name, loading, preferences and file exports. */
export default {
  app: {
    name: 'Rapport',
    purpose: 'Know your customers, keep them close, and plan what to send whom — all on this computer.',
  },
  common: {
    loading: 'Loading…',
    tryAgain: 'Try again',
    cancel: 'Cancel',
  },
  preferences: {
    saveFailed: 'Rapport could not remember that choice',
  },
  exports: {
    savedTo: 'Saved to {{path}}',
    savedAndDownloaded: 'Saved in your documents folder as {{path}}. Your browser downloads a copy too.',
    savedNotDownloaded: 'Saved in your documents folder as {{path}}. Your browser could not download a copy; open the file there.',
    showInFolder: 'Show in folder',
    revealFailed: 'Rapport could not show the file',
  },
};

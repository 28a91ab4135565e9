/** English: Titles and hints for the error codes calls answer with. */
export default {
  errors: {
    title: {
      'invalid-request': 'Rapport could not accept that',
      'unknown-channel': 'Rapport could not do that',
      'not-found': 'The workspace file is missing',
      conflict: 'That clashes with something that exists',
      cancelled: 'Cancelled',
      'no-workspace': 'No workspace is open',
      'workspace-locked': 'This workspace is open somewhere else',
      'workspace-corrupt': 'This workspace file is damaged',
      'workspace-foreign': 'This is not a Rapport workspace',
      'workspace-too-new': 'This workspace comes from a newer Rapport',
      'io-error': 'Rapport could not read or write the file',
      unsupported: 'Not possible here',
      internal: 'Something went wrong inside Rapport',
    },
    hint: {
      'workspace-corrupt':
        'Nothing was changed. You can restore a backup from the folder “{{backups}}” next to the file: copy the newest backup out of it and open that copy.',
      'workspace-foreign': 'Rapport left the file untouched. Open a workspace that Rapport created, or create a new one.',
      'workspace-too-new': 'Update Rapport to the latest version, then open the file again.',
      'workspace-locked': 'Close the workspace in the other Rapport window, then try again.',
      'not-found': 'It may have been moved, renamed or deleted. Open it from its new place, or remove it from the list.',
      other: 'Your saved work is safe. Try again, or open another workspace.',
    },
    backupsFallback: 'name.rapport.backups',
  },
};

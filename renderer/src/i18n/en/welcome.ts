/** English: The welcome screen: recent workspaces, the demo and creating a workspace. */
export default {
  welcome: {
    heading: 'Welcome to Rapport',
    create: 'Create a workspace',
    createHint: 'Start a new file for your business. Everything stays on this computer.',
    open: 'Open…',
    openHint: 'Open a workspace file (.rapport) from your computer.',
    openUnavailable:
      'This browser window cannot show a file chooser. Start Rapport with <code>--workspace PATH</code> to open a file, or pick a recent workspace.',
    recent: 'Recent workspaces',
    recentEmpty: 'Workspaces you open or create will be listed here.',
    lastOpened: 'Last opened {{when}}',
    missing: 'File not found',
    forget: 'Remove from list',
    forgetNamed: 'Remove {{name}} from the list',
    openNamed: 'Open {{name}}',
    dismiss: 'Dismiss',
  },
  demo: {
    title: 'Explore the demo',
    hint: 'Nordlys Kafferisteri is a made-up coffee roaster with 400 customers in five countries: try anything on it, nothing is real.',
    open: 'Explore the demo',
  },
  create: {
    title: 'Create a workspace',
    description: 'Tell Rapport about the business. You can change all of this later in Settings.',
    submit: 'Create workspace',
    creating: 'Creating…',
    cancel: 'Cancel',
    created: 'Workspace “{{name}}” created',
    browserNote: 'The file will be saved in the host’s downloads folder.',
  },
};

import { join } from 'node:path';
import { type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions, app, dialog, shell } from 'electron';
import { checkedExternalUrl } from '../handlers';
import type { FileSpec } from '../../../shared/contract/channels';
import type { NativePorts } from './ports';

const WORKSPACE_FILTERS = [{ name: 'Rapport workspace', extensions: ['rapport'] }];

/** The save dialog's file type for each kind of file a channel produces. */
const FILE_FILTERS: Record<FileSpec['kind'], Array<{ name: string; extensions: string[] }>> = {
  csv: [{ name: 'CSV file', extensions: ['csv'] }],
  text: [{ name: 'Text file', extensions: ['txt'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
};

/**
 * NativePorts with Electron: paths come only from dialogs shown here in main (never from the renderer),
 * dialogs are sheets of the main window when there is one.
 */
export function createElectronPorts(mainWindow: () => BrowserWindow | null): NativePorts {
  const parent = () => {
    const window = mainWindow();
    return window && !window.isDestroyed() ? window : null;
  };
  const save = async (options: SaveDialogOptions): Promise<string | null> => {
    const window = parent();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const window = parent();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const inDocuments = (fileName: string) => join(app.getPath('documents'), fileName);

  return {
    hasNativeFileChooser: true,
    chooseNewWorkspacePath: (suggestedFileName) =>
      save({
        title: 'Create a workspace',
        buttonLabel: 'Create',
        defaultPath: inDocuments(suggestedFileName),
        filters: WORKSPACE_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
    chooseWorkspaceToOpen: () =>
      open({
        title: 'Open a workspace',
        buttonLabel: 'Open',
        defaultPath: app.getPath('documents'),
        filters: [...WORKSPACE_FILTERS, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile'],
      }),
    chooseCopyPath: (suggestedFileName) =>
      save({
        title: 'Save a copy of the workspace',
        buttonLabel: 'Save copy',
        defaultPath: inDocuments(suggestedFileName),
        filters: WORKSPACE_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
    chooseExportPath: (suggestedFileName, file) =>
      save({
        title: file.dialogTitle,
        buttonLabel: 'Export',
        defaultPath: inDocuments(suggestedFileName),
        filters: FILE_FILTERS[file.kind],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
    revealInFolder: (path) => shell.showItemInFolder(path),
    canRevealFiles: true,
    offerDownload: () => null,
    openExternal: (url) => shell.openExternal(checkedExternalUrl(url)),
    addRecentDocument: (path) => app.addRecentDocument(path),
  };
}

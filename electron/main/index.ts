// placeholder: the Electron boot script is being written
export {};

import '@radix-ui/themes/styles.css';
import './styles.css';
import './i18n';
import { Theme } from '@radix-ui/themes';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Toaster } from 'sonner';
import { App } from './App';
import { queryClient } from './lib/queryClient';


createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Theme className="app-theme" accentColor="teal" grayColor="slate" radius="medium" scaling="100%" panelBackground="solid">
        <App />
      </Theme>
      {/* outside the Theme: its stacking context would put toasts under open dialogs */}
      <Toaster position="bottom-right" offset={48} richColors closeButton />
    </QueryClientProvider>
  </StrictMode>,
);

import { Box } from '@radix-ui/themes';
import { useEffect, useRef } from 'react';
import type { WorkspaceInfo } from '@shared/domain/workspace';
import { CampaignsScreen } from '../campaigns/CampaignsScreen';
import { CustomersScreen } from '../customers/CustomersScreen';
import { DocumentsScreen } from '../documents/DocumentsScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { ProgramsScreen } from '../programs/ProgramsScreen';
import { SegmentsScreen } from '../segments/SegmentsScreen';
import { Settings } from '../settings/Settings';
import { TemplatesScreen } from '../templates/TemplatesScreen';
import { NavigationProvider } from './navigation';
import type { Section } from './sections';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';

/** A workspace is open: sidebar, the active section, status bar. */
export function Shell({
  info,
  section,
  onSelect,
  onCapture,
}: {
  info: WorkspaceInfo;
  section: Section;
  onSelect: (section: Section) => void;
  onCapture: () => void;
}) {
  const mainRef = useRef<HTMLElement>(null);
  // A new section starts at its top.
  useEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [section]);

  return (
    <NavigationProvider section={section} onSelect={onSelect}>
    <div className="shell">
      <Sidebar active={section} onSelect={onSelect} onCapture={onCapture} />
      <Box asChild className="shell-main">
        <main ref={mainRef}>
          {section === 'settings' ? (
            <Settings info={info} />
          ) : section === 'customers' ? (
            <CustomersScreen info={info} />
          ) : section === 'dashboard' ? (
            <DashboardScreen />
          ) : section === 'documents' ? (
            <DocumentsScreen />
          ) : section === 'segments' ? (
            <SegmentsScreen info={info} />
          ) : section === 'campaigns' ? (
            <CampaignsScreen info={info} />
          ) : section === 'templates' ? (
            <TemplatesScreen info={info} />
          ) : (
            <ProgramsScreen info={info} />
          )}
        </main>
      </Box>
      <StatusBar info={info} />
    </div>
    </NavigationProvider>
  );
}

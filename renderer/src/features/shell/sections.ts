import { BookOpenText, CalendarRange, FileText, Gift, LayoutDashboard, Settings, Shapes, Users, type LucideIcon } from 'lucide-react';

export const SECTIONS = ['dashboard', 'customers', 'segments', 'programs', 'campaigns', 'templates', 'documents', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_ICONS: Record<Section, LucideIcon> = {
  dashboard: LayoutDashboard,
  customers: Users,
  segments: Shapes,
  programs: BookOpenText,
  campaigns: CalendarRange,
  templates: Gift,
  documents: FileText,
  settings: Settings,
};

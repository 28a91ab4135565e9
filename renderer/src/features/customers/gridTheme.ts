import { themeQuartz } from 'ag-grid-community';

/**
 * Quartz, calmed down to match Radix Themes (teal accent, slate greys). Colours are the Radix tokens themselves,
 * so the grid follows the app's theme instead of keeping a parallel palette.
 */
export const customersGridTheme = themeQuartz.withParams({
  accentColor: 'var(--accent-9)',
  backgroundColor: 'var(--color-panel-solid)',
  foregroundColor: 'var(--gray-12)',
  textColor: 'var(--gray-12)',
  subtleTextColor: 'var(--gray-11)',
  borderColor: 'var(--gray-a5)',
  rowBorder: { color: 'var(--gray-a3)' },
  headerBackgroundColor: 'var(--gray-2)',
  headerTextColor: 'var(--gray-11)',
  headerFontWeight: 500,
  headerFontSize: 13,
  fontFamily: 'inherit',
  fontSize: 14,
  rowHoverColor: 'var(--accent-a2)',
  selectedRowBackgroundColor: 'var(--accent-a3)',
  rangeSelectionBorderColor: 'var(--accent-8)',
  wrapperBorderRadius: 8,
  borderRadius: 4,
  spacing: 7,
  rowHeight: 40,
  headerHeight: 40,
  browserColorScheme: 'light',
  columnBorder: false,
  inputFocusBorder: { color: 'var(--accent-8)' },
});

/** The template language (syntax in the main README): one pure module for the live preview and for documents. */
export { renderTemplate, lintTemplate, MAX_CONDITION_DEPTH } from './render';
export { templateFields } from './fields';
export { pickVersion } from './version';
export { renderForCustomer, type CustomerText } from './for-customer';
export { formatDate, formatMoney, formatNumber, TEMPLATE_FORMATS, type TemplateFormat } from './formats';
export { mergeFieldType } from './lexer';

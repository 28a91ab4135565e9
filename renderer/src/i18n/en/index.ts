import campaigns from './campaigns';
import capture from './capture';
import common from './common';
import customers from './customers';
import dashboard from './dashboard';
import documents from './documents';
import errors from './errors';
import gifts from './gifts';
import importStrings from './import';
import profile from './profile';
import programs from './programs';
import rfm from './rfm';
import segments from './segments';
import settings from './settings';
import shell from './shell';
import timeline from './timeline';
import welcome from './welcome';
import templates from './templates';

/**
 * English UI strings, one file per feature. Other languages (da, nb, cs, sl) are folders of the same shape:
 * `Resources` is the type they must satisfy, so a missing key is a type error, not a blank label. The feature
 * files are joined into one namespace so that `t('customers.x')` keeps its full path.
 */
export const EN_FEATURES = { common, errors, shell, welcome, profile, settings, capture, customers, timeline, import: importStrings, dashboard, segments, rfm, templates, gifts, documents, campaigns, programs };

const en = { ...common, ...errors, ...shell, ...welcome, ...profile, ...settings, ...capture, ...customers, ...timeline, ...importStrings, ...dashboard, ...segments, ...rfm, ...templates, ...gifts, ...documents, ...campaigns, ...programs };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Resources = Widen<typeof en>;
/** One feature's strings in any language: what a per-feature file of another language must satisfy. */
export type FeatureResources = { [F in keyof typeof EN_FEATURES]: Widen<(typeof EN_FEATURES)[F]> };
export default en satisfies Resources;

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en, { type Resources } from './en';

/** Languages the UI has strings for; add `da/` etc. (its feature files typed by `FeatureResources`, joined as `Resources`) and list them here. */
const resources: Record<string, { translation: Resources }> = {
  en: { translation: en },
};

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export default i18next;


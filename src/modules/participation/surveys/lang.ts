import { LANGUAGES, type Lang } from '../../../shared/i18n.js';
import type { LocalizedText } from '../../../shared/contracts/participation/survey-definition.js';

export { LANGUAGES, type Lang };

export function localizeText(text: LocalizedText, lang: Lang): string {
  return text[lang] ?? text.fi;
}

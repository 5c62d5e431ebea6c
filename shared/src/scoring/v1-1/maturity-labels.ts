import type { LocalizedText } from '../../domain/locale.js';
import type { MaturityLevel } from '../result.types.js';
import { MATURITY_LEVEL_LABELS } from '../maturity-levels.js';

/**
 * Names of the maturity levels 1–5 from scoring 1.1: one subject throughout — the company's
 * approach to outsourcing and marketing — and no word shared with the customer-focus stages
 * ("integral coordination"). The relationship with the provider is judged by the partnership
 * flags, not by this ladder.
 */
export const MATURITY_LEVEL_LABELS_1_1: Readonly<Record<MaturityLevel, LocalizedText>> = {
  1: { en: 'Fragmented approach', it: 'Approccio frammentato', nl: 'Versnipperde aanpak', fa: 'رویکرد پراکنده' },
  2: { en: 'Coordinated approach', it: 'Approccio coordinato', nl: 'Gecoördineerde aanpak', fa: 'رویکرد هماهنگ' },
  3: { en: 'Aligned approach', it: 'Approccio allineato', nl: 'Afgestemde aanpak', fa: 'رویکرد هم‌راستا' },
  4: { en: 'Connected approach', it: 'Approccio connesso', nl: 'Verbonden aanpak', fa: 'رویکرد پیوسته' },
  5: { en: 'Holistic approach', it: 'Approccio olistico', nl: 'Holistische aanpak', fa: 'رویکرد کل‌نگر' },
};

/** The level names a result of `scoringVersion` was made with (1.0.0 keeps its own). */
export function maturityLevelLabelsFor(scoringVersion: string): Readonly<Record<MaturityLevel, LocalizedText>> {
  return scoringVersion === '1.0.0' ? MATURITY_LEVEL_LABELS : MATURITY_LEVEL_LABELS_1_1;
}

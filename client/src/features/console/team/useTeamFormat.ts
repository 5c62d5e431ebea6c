import { useI18n } from '../../../app/useI18n';

/**
 * How the team views write their numbers and names, in the UI language (Persian digits come
 * from Intl): scores as whole numbers, levels 0–4 with one decimal, role groups by name.
 */
export function useTeamFormat(dimensionTitles: () => ReadonlyMap<string, string>) {
  const { t, n, locale } = useI18n();
  return {
    score: (value: number | null | undefined) => (value == null ? '–' : n(Math.round(value))),
    level: (value: number) => new Intl.NumberFormat(locale.value, { maximumFractionDigits: 1 }).format(value),
    group: (role: string) => t(`console.team.groups.${role}`),
    dimension: (id: string) => dimensionTitles().get(id) ?? id,
  };
}

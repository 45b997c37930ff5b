import type { Lang } from '../../domain/schema/common.ts';
import type { Plan } from '../../domain/plan/plan.ts';
import { encodePlan } from '../../domain/plan/plan-url.ts';

/** The share link of a plan: this page's address with only `plan` (and `lang` for English). */
export function shareUrlOf(plan: Plan, lang: Lang, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  const params = new URLSearchParams({ plan: encodePlan(plan) });
  if (lang !== 'vi') params.set('lang', lang);
  return `${location.origin}${location.pathname}?${params.toString()}`;
}

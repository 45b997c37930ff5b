import type { Lang } from '../../domain/schema/common.ts';
import type { Plan } from '../../domain/plan/plan.ts';
import { encodePlan } from '../../domain/plan/plan-url.ts';
import { setPlanDate } from '../../domain/url/planner-url.ts';

/**
 * The share link of a plan: this page's address with only `plan`, the trip `date` when one was chosen (a fresh
 * page and its handout show that day, not today) and `lang` for English.
 */
export function shareUrlOf(plan: Plan, lang: Lang, location: Pick<Location, 'origin' | 'pathname'> = window.location, date: string | null = null): string {
  const params = setPlanDate(new URLSearchParams({ plan: encodePlan(plan) }), date);
  if (lang !== 'vi') params.set('lang', lang);
  return `${location.origin}${location.pathname}?${params.toString()}`;
}

/**
 * The attract loop's order, as plain data: the featured sites in turn, and after every `quizEvery` site cards one
 * quiz card about the site just shown (the camera stays on it). `quizEvery` 0: site cards only.
 *
 *   quizEvery 3: site 0, site 1, site 2, quiz (site 2), site 3, site 4, site 5, quiz (site 5), …
 */
export interface AttractStep {
  kind: 'site' | 'quiz';
  /** The featured site shown (for a quiz card: the site the question is about). */
  site: number;
  /** Site cards shown so far, this one included. */
  sitesShown: number;
}

export const FIRST_STEP: AttractStep = { kind: 'site', site: 0, sitesShown: 1 };

export function nextStep(step: AttractStep, count: number, quizEvery: number): AttractStep {
  if (count <= 0) return FIRST_STEP;
  if (step.kind === 'site' && quizEvery > 0 && step.sitesShown % quizEvery === 0) return { ...step, kind: 'quiz' };
  return { kind: 'site', site: (step.site + 1) % count, sitesShown: step.sitesShown + 1 };
}

/**
 * Browser side of the self-check quiz, loaded only by Quiz.astro as a small script Astro inlines (it imports
 * nothing, so it stays one chunk under the inline limit and no script file is requested).
 */

/** Self-check quiz: choosing an option says at once whether it is right, then the explanation and section link, in the question's live region (role="status"). Nothing is kept or sent. */
export function enhanceQuiz(): void {
  document.addEventListener('change', ({ target: input }) => {
    const question = input instanceof HTMLInputElement && input.closest<HTMLElement>('[data-quiz-question]');
    if (!question) return;
    const state = input.hasAttribute('data-correct') ? 'right' : 'wrong';
    question.dataset['state'] = state;
    for (const label of question.querySelectorAll('label')) label.dataset['verdict'] = label.contains(input) ? state : '';
    const verdict = document.createElement('strong');
    verdict.textContent = state === 'right' ? 'Correct. ' : `Not quite: you chose ${input.value}. `;
    const explanation = question.querySelector('[data-quiz-explanation]')?.childNodes ?? [];
    question.querySelector('[data-quiz-feedback]')?.replaceChildren(verdict, ...[...explanation].map((n) => n.cloneNode(true)));
    question.querySelector('details')?.setAttribute('hidden', '');
  });
}

import { within } from 'storybook/test';

/** The event buttons drawn inside `container`, in DOM order; zoom and close buttons are left out. */
export function getEventButtons(container: HTMLElement): HTMLButtonElement[] {
  return within(container)
    .queryAllByRole('button')
    .filter(
      (button): button is HTMLButtonElement =>
        button instanceof HTMLButtonElement && button.dataset.eventId !== undefined,
    );
}

import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHashState } from '../../src/hooks/useHashState.js';

/** Shows the story step kept in the URL. */
function StepOutput() {
  const [step] = useHashState('story');
  return <output>{step ?? 'none'}</output>;
}

afterEach(() => {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});

describe('useHashState(key) while hydrating', () => {
  it('renders undefined on the server, hydrates without a mismatch, then shows the URL value', async () => {
    location.hash = '#frise-story=3';
    const html = renderToString(<StepOutput />);
    expect(html).toBe('<output>none</output>');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const error = vi.spyOn(console, 'error');
    const root = await act(async () =>
      hydrateRoot(container, <StepOutput />, { onRecoverableError }),
    );
    expect(container.textContent).toBe('3');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
    error.mockRestore();
  });
});

import { waitFor, within } from '@testing-library/dom';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';

/** Loads the example article in a frame of the test page, as a reader's browser would. */
async function openArticle(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  frame.src = '/examples/article/index.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument as Document;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the example article', () => {
  it('renders the custom element with its timeline between the paragraphs', async () => {
    const doc = await openArticle();
    const element = doc.querySelector('frise-timeline') as HTMLElement;
    await waitFor(
      () => {
        const root = element.shadowRoot?.firstElementChild as HTMLElement | undefined;
        expect(root).toBeDefined();
        expect(
          within(root as HTMLElement).getByRole('button', { name: 'Zoom avant' }),
        ).toBeVisible();
      },
      { timeout: 10_000 },
    );
    expect(doc.querySelector('h1')).toHaveTextContent('Azerbaïdjan');
    expect(doc.querySelector('.end')).toHaveTextContent('Fin de l’article.');
  });

  it('resizes the iframe embed to the height its page reports', async () => {
    const doc = await openArticle();
    const frame = doc.querySelector('iframe[data-frise-embed]') as HTMLIFrameElement;
    frame.loading = 'eager';
    await waitFor(() => expect(Number.parseFloat(frame.style.height)).toBeGreaterThan(300), {
      timeout: 15_000,
    });
    const inner = frame.contentDocument?.documentElement.getBoundingClientRect().height ?? 0;
    expect(Math.abs(Number.parseFloat(frame.style.height) - inner)).toBeLessThanOrEqual(1);
  });

  it('passes axe once the timeline is drawn', async () => {
    const doc = await openArticle();
    const element = doc.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() => expect(element.shadowRoot?.querySelector('.frise-event')).toBeTruthy(), {
      timeout: 10_000,
    });
    // axe must run inside the article's own window to see its document and shadow roots.
    const win = doc.defaultView as Window & { axe?: typeof axe };
    const script = doc.createElement('script');
    script.textContent = axe.source;
    doc.head.append(script);
    const result = await (win.axe as typeof axe).run(doc, { resultTypes: ['violations'] });
    expect(
      result.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
});

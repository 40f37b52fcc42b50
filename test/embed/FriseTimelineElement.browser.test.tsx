import { waitFor, within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { franceAzerbaijan } from '../../src/datasets/france-azerbaijan/index.js';
import { defineFriseTimelineElement } from '../../src/embed/FriseTimelineElement.js';
import { findAxeViolations } from '../support/axe.js';

defineFriseTimelineElement();

const hostile = document.createElement('style');

function mount(html: string): HTMLElement {
  const article = document.createElement('article');
  article.innerHTML = `<p>Before the timeline.</p>${html}<p>After the timeline.</p>`;
  document.body.append(article);
  return article;
}

function inlineJson(data: unknown): string {
  return `<script type="application/json">${JSON.stringify(data).replaceAll('<', '\\u003c')}</script>`;
}

/** Testing Library queries need an element: the container React renders into, inside the shadow root. */
const shadowOf = (element: Element) => within(element.shadowRoot?.firstElementChild as HTMLElement);

afterEach(() => {
  document.body.innerHTML = '';
  hostile.remove();
});

describe('<frise-timeline>', () => {
  it('renders the timeline from an inline JSON script, in a shadow root', async () => {
    const article = mount(`<frise-timeline>${inlineJson(franceAzerbaijan)}</frise-timeline>`);
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('group', { name: /France and Azerbaijan/ })).toBeVisible(),
    );
    expect(shadowOf(element).getByRole('button', { name: 'Zoom in' })).toBeVisible();
  });

  it('follows attribute changes: locale and theme', async () => {
    const article = mount(
      `<frise-timeline locale="en">${inlineJson(franceAzerbaijan)}</frise-timeline>`,
    );
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('button', { name: 'Zoom in' })).toBeVisible(),
    );
    element.setAttribute('locale', 'fr');
    await waitFor(() =>
      expect(shadowOf(element).getByRole('button', { name: 'Zoom avant' })).toBeVisible(),
    );
    element.setAttribute('theme', 'dark');
    await waitFor(() =>
      expect(element.shadowRoot?.querySelector('.frise-timeline')?.getAttribute('data-theme')).toBe(
        'dark',
      ),
    );
  });

  it("is not broken by the article's aggressive CSS, and its CSS does not leak out", async () => {
    hostile.textContent =
      'svg { display: none !important } * { font-size: 40px } button { display: none }';
    document.head.append(hostile);
    const pageSheets = document.styleSheets.length;
    const article = mount(`<frise-timeline>${inlineJson(franceAzerbaijan)}</frise-timeline>`);
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('button', { name: 'Zoom in' })).toBeVisible(),
    );
    const svg = element.shadowRoot?.querySelector('svg') as SVGElement;
    expect(getComputedStyle(svg).display).not.toBe('none');
    const zoomIn = shadowOf(element).getByRole('button', { name: 'Zoom in' });
    expect(Number.parseFloat(getComputedStyle(zoomIn).fontSize)).toBeLessThan(20);
    // Its styles live in the shadow root only: nothing is added to the page's stylesheets.
    expect(document.styleSheets.length).toBe(pageSheets);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(element.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
  });

  it('shows a readable inline error for a src that fails, and keeps the article intact', async () => {
    const article = mount('<frise-timeline src="/no-such-timeline.json"></frise-timeline>');
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('alert')).toHaveTextContent(
        /Could not load "\/no-such-timeline.json": HTTP 404/,
      ),
    );
    expect(article).toHaveTextContent('Before the timeline.');
    expect(article).toHaveTextContent('After the timeline.');
  });

  it('shows a readable inline error for invalid inline JSON', async () => {
    const article = mount(
      '<frise-timeline><script type="application/json">{ not json</script></frise-timeline>',
    );
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('alert')).toHaveTextContent(/is not valid JSON/),
    );
  });

  it('lists invalid events and still draws the valid ones', async () => {
    const broken = {
      ...franceAzerbaijan,
      events: [
        ...franceAzerbaijan.events,
        { ...franceAzerbaijan.events[0], id: 'bad-date', start: '2023-02-30' },
      ],
    };
    const article = mount(`<frise-timeline>${inlineJson(broken)}</frise-timeline>`);
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('alert')).toHaveTextContent('2023-02-30'),
    );
    expect(shadowOf(element).getAllByRole('button', { pressed: false }).length).toBeGreaterThan(10);
  });

  it('reads a CSV src (the spreadsheet template), titled by its label', async () => {
    const article = mount(
      '<frise-timeline src="/templates/timeline-template.csv" label="France et Azerbaïdjan" locale="fr"></frise-timeline>',
    );
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('group', { name: /France et Azerbaïdjan/ })).toBeVisible(),
    );
    expect(shadowOf(element).queryByRole('alert')).toBeNull();
    expect(shadowOf(element).getAllByRole('button', { pressed: false }).length).toBeGreaterThan(10);
  });

  it('lists the problem rows of a CSV src by row and column, and draws the valid rows', async () => {
    const template = await (await fetch('/templates/timeline-template.csv')).text();
    const [header, , row = ''] = template.split(/\r?\n/);
    const badRow = row.replace('trilateral-ceasefire-nov-2020,2020-11-09,', 'bad-date,2020-13-09,');
    const url = URL.createObjectURL(
      new Blob([[header, row, badRow].join('\n')], { type: 'text/csv' }),
    );
    const article = mount(`<frise-timeline src="${url}" label="T"></frise-timeline>`);
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('alert')).toHaveTextContent(
        'row 3, column "start": start must be a real calendar date',
      ),
    );
    expect(shadowOf(element).getByRole('group', { name: /^T/ })).toBeVisible();
    URL.revokeObjectURL(url);
  });

  it('unmounts when removed from the page', async () => {
    const article = mount(`<frise-timeline>${inlineJson(franceAzerbaijan)}</frise-timeline>`);
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('button', { name: 'Zoom in' })).toBeVisible(),
    );
    element.remove();
    expect(element.shadowRoot?.querySelector('.frise-timeline')).toBeNull();
  });

  it('is themed by --frise-* properties set on the element', async () => {
    const article = mount(
      `<frise-timeline style="--frise-color-text: rgb(1, 2, 3)">${inlineJson(franceAzerbaijan)}</frise-timeline>`,
    );
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('button', { name: 'Zoom in' })).toBeVisible(),
    );
    const root = element.shadowRoot?.querySelector('.frise-timeline') as HTMLElement;
    expect(getComputedStyle(root).color).toBe('rgb(1, 2, 3)');
  });

  it('passes axe', async () => {
    const article = mount(`<frise-timeline>${inlineJson(franceAzerbaijan)}</frise-timeline>`);
    const element = article.querySelector('frise-timeline') as HTMLElement;
    await waitFor(() =>
      expect(shadowOf(element).getByRole('button', { name: 'Zoom in' })).toBeVisible(),
    );
    expect(await findAxeViolations(article)).toEqual([]);
  });
});

import { createHeightMessages } from './heightMessages.js';

const FORWARDED = ['src', 'label', 'locale', 'theme', 'story', 'selected'] as const;

/**
 * Runs the iframe embed page (`embed.html?src=…&locale=…`): puts a `<frise-timeline>` on the
 * page with the query's settings and tells the parent its height whenever it changes.
 */
export function startEmbedPage(win: Window = window): void {
  const doc = win.document;
  const params = new URLSearchParams(win.location.search);
  doc.body.style.margin = '0';
  const element = doc.createElement('frise-timeline');
  for (const name of FORWARDED) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  doc.body.append(element);
  // Pym.js parents pass the frame id as `childId`; AMP and Frise's host need none.
  const id = params.get('childId') ?? params.get('id') ?? '';
  let lastHeight = -1;
  const report = () => {
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height === lastHeight || win.parent === win) return;
    lastHeight = height;
    const messages = createHeightMessages(id, height);
    win.parent.postMessage(messages.frise, '*');
    win.parent.postMessage(messages.pym, '*');
    win.parent.postMessage(messages.amp, '*');
  };
  new ResizeObserver(report).observe(doc.documentElement);
  report();
}

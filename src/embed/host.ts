import { readHeightMessage } from './iframe/heightMessages.js';

/**
 * The host page's side of the iframe embed: resizes every `<iframe data-frise-embed>` to the
 * height its page reports, accepting a message only from that frame's window and origin.
 */
function onMessage(event: MessageEvent): void {
  const height = readHeightMessage(event.data);
  if (height === undefined) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-frise-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    const expectedOrigin = new URL(frame.src, document.baseURI).origin;
    if (event.origin !== expectedOrigin) return;
    frame.style.height = `${height}px`;
    return;
  }
}

window.addEventListener('message', onMessage);

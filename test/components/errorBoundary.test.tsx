import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { EventDetails } from '../../src/components/EventDetails/EventDetails.js';
import { NewsTimeline } from '../../src/components/NewsTimeline/NewsTimeline.js';
import { ResponsiveTimeline } from '../../src/components/ResponsiveTimeline/ResponsiveTimeline.js';
import { Timeline } from '../../src/components/Timeline/Timeline.js';
import { TimelineFilters } from '../../src/components/TimelineFilters/TimelineFilters.js';
import { TimelineOverview } from '../../src/components/TimelineOverview/TimelineOverview.js';
import { ScrollyStory } from '../../src/components/TimelineStory/ScrollyStory.js';
import { TimelineStory } from '../../src/components/TimelineStory/TimelineStory.js';
import { VerticalTimeline } from '../../src/components/VerticalTimeline/VerticalTimeline.js';
import type { ViewRange } from '../../src/hooks/useViewRange.js';
import type { TimelineStory as TimelineStoryData } from '../../src/model/story.js';
import { createSmallTimeline, VALID_EVENT } from '../fixtures/smallTimeline.js';

/** A copy of `target` whose `key` throws when read, as a broken proxy or getter would. */
function withThrowingGetter<T extends object>(target: T, key: string, message: string): T {
  return Object.defineProperty({ ...target }, key, {
    enumerable: true,
    get() {
      throw new Error(message);
    },
  });
}

/** A range whose start throws when read. */
function createThrowingRange(message: string): ViewRange {
  return Object.defineProperty([0, 1], 0, {
    get() {
      throw new Error(message);
    },
  }) as unknown as ViewRange;
}

const story: TimelineStoryData = {
  id: 'test-story',
  title: 'A test story',
  steps: [{ eventId: 'first' }, { eventId: 'third' }],
};

/** The page around the component: it must outlive the failure. */
function renderInArticle(element: ReactElement) {
  return render(
    <article>
      <p>Text before the timeline</p>
      {element}
      <p>Text after the timeline</p>
    </article>,
  );
}

// React reports each caught error to the root's onCaughtError, console.error by default.
let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
  vi.unstubAllGlobals();
});

/** How many console.error calls carried this error. */
function countReports(message: string): number {
  return consoleError.mock.calls.filter((args) =>
    args.some((arg) => arg instanceof Error && arg.message === message),
  ).length;
}

describe('a render error inside a public component', () => {
  const data = createSmallTimeline();
  it.each<[string, () => ReactElement, string]>([
    [
      'Timeline',
      () => <Timeline data={data} defaultViewRange={createThrowingRange('range unreadable')} />,
      'range unreadable',
    ],
    [
      'NewsTimeline',
      () => <NewsTimeline data={withThrowingGetter(data, 'title', 'title unreadable')} />,
      'title unreadable',
    ],
    [
      'VerticalTimeline',
      // A plain-JavaScript page passing navigator.languages, an array, as the locale.
      () => <VerticalTimeline data={data} locale={['fr', 'en'] as unknown as string} />,
      'toLowerCase is not a function',
    ],
    [
      'TimelineFilters',
      () => (
        <TimelineFilters
          data={data}
          filters={withThrowingGetter({}, 'query', 'filters unreadable')}
        />
      ),
      'filters unreadable',
    ],
    [
      'TimelineOverview',
      () => <TimelineOverview data={data} viewRange={createThrowingRange('window unreadable')} />,
      'window unreadable',
    ],
    [
      'TimelineStory',
      () => (
        <TimelineStory data={data} story={withThrowingGetter(story, 'steps', 'steps unreadable')} />
      ),
      'steps unreadable',
    ],
    [
      'ScrollyStory',
      () => (
        <ScrollyStory
          data={data}
          story={story}
          renderTimeline={() => {
            throw new Error('graphic failed');
          }}
        />
      ),
      'graphic failed',
    ],
    [
      'EventDetails',
      () => <EventDetails event={withThrowingGetter(VALID_EVENT, 'title', 'event unreadable')} />,
      'event unreadable',
    ],
  ])(
    '<%s> shows a notice naming itself and the problem, and the page around it renders',
    (name, createElement, problem) => {
      expect(() => renderInArticle(createElement())).not.toThrow();
      const notice = screen.getByRole('alert');
      expect(notice).toHaveTextContent(new RegExp(`^${name} could not be shown: .*${problem}`));
      expect(notice).toHaveAttribute('lang', 'en');
      expect(screen.getByText('Text before the timeline')).toBeInTheDocument();
      expect(screen.getByText('Text after the timeline')).toBeInTheDocument();
    },
  );

  it('<ResponsiveTimeline> shows a notice when its own measuring fails (a broken ResizeObserver)', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor() {
          throw new Error('ResizeObserver is broken');
        }
      },
    );
    expect(() => renderInArticle(<ResponsiveTimeline data={data} />)).not.toThrow();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^ResponsiveTimeline could not be shown: ResizeObserver is broken$/,
    );
    expect(screen.getByText('Text after the timeline')).toBeInTheDocument();
  });

  it('is reported once, through console.error', () => {
    renderInArticle(<EventDetails event={withThrowingGetter(VALID_EVENT, 'title', 'once')} />);
    expect(countReports('once')).toBe(1);
  });

  it('is told in French, in the theme, when the component is given locale="fr" and theme="dark"', () => {
    renderInArticle(
      <NewsTimeline
        data={withThrowingGetter(data, 'title', 'titre illisible')}
        locale="fr"
        theme="dark"
      />,
    );
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(/^Impossible d’afficher NewsTimeline : titre illisible$/);
    expect(notice).toHaveAttribute('lang', 'fr');
    expect(notice).toHaveAttribute('data-theme', 'dark');
  });

  it('a failing part of <NewsTimeline> leaves the other parts working', () => {
    renderInArticle(
      <NewsTimeline
        data={data}
        story={withThrowingGetter(story, 'steps', 'steps unreadable')}
        serverLayout="timeline"
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/^TimelineStory could not be shown/);
    expect(screen.getByRole('heading', { name: 'Test timeline' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
  });

  it('renders the component again once its props change, e.g. to readable data', () => {
    const broken = withThrowingGetter(VALID_EVENT, 'title', 'event unreadable');
    const { rerender } = render(<EventDetails event={broken} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<EventDetails event={broken} onClose={() => {}} />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(<EventDetails event={VALID_EVENT} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('region', { name: 'Parliament resolution' })).toBeInTheDocument();
  });

  it('names a thrown value that is not an Error without quoting it', () => {
    renderInArticle(
      <ScrollyStory
        data={data}
        story={story}
        renderTimeline={() => {
          throw { code: 42 };
        }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/^ScrollyStory could not be shown\.$/);
  });
});

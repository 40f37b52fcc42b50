/** The accessibility spec shown at the top of the VerticalTimeline docs page (Markdown). */
export const VERTICAL_TIMELINE_DOCS = `
The events as a list in time order, for narrow containers, screen readers and pages without
JavaScript. The list is a \`region\` named by the data's title, holding an ordered list of years
(\`h3\`), each an ordered list of months (\`h4\`, "April 2024"; "Sometime in 2022" for events dated
to the year only). Each event is a native disclosure (\`<details>\`): its \`summary\` gives the
date, the title, whether it is a fact or whose claim or statement ("Claim by Viginum") and the
category; opening it shows the card with the summary, who takes part and the sources as links.
The kind is drawn as on the timeline (filled circle, dashed diamond, hollow square) and the
category as a coloured bar, dashed for a claim, and both are also said in words.

Every card is in the server-rendered HTML: without JavaScript the disclosures still open, and
find-in-page reaches their text. With JavaScript, one event is open at a time and it is the
selection (\`selectedId\` / \`onSelectedIdChange\`), shared with \`<Timeline>\` in
\`<ResponsiveTimeline>\`.

**Keyboard**

| Key | Action |
|---|---|
| Tab / Shift + Tab | Next / previous event (each summary is a tab stop), then into an open card's links |
| ↓ / ↑ (and → / ←) | Next / previous event |
| Home / End | First / last event |
| Enter / Space | Opens or closes the event |
| Escape | Closes the open event from inside it and returns focus to its summary |
`;

/** The accessibility spec shown at the top of the TimelineFilters docs page (Markdown). */
export const TIMELINE_FILTERS_DOCS = `
Controls that narrow a timeline, in a \`search\` landmark named "Filter events": a search box
(\`input type="search"\` with a visible label) that matches every word in titles and summaries,
ignoring case and accents; a \`group\` "Categories" of toggle buttons (\`aria-pressed\`, all on
at first: pressed means shown), each with its colour and count ("Diplomacy (11)"); a \`group\`
"Who" of actor toggles (none on at first: pressed narrows to the events they take part in or
claim), the eight with the most events first and the rest behind a "Show all N actors" button
(\`aria-expanded\`); a "Reset filters" button; and a polite \`status\`, "12 of 46 events shown".
A pressed toggle's box is filled and ticked, so the state does not rest on colour.

The component draws no events. Pass its filters to \`filterTimelineData(data, filters, locale)\`
and the result to \`<Timeline>\` or \`<VerticalTimeline>\`: filtered-out events leave the drawing
and the keyboard navigation.
`;

/** The accessibility spec shown at the top of the Timeline docs page (Markdown). */
export const TIMELINE_DOCS = `
A true-to-scale timeline with one lane per category. Every event is a \`button\` named by
its title and date ("Russia-brokered ceasefire ends the 2020 war, 9 November 2020") and described
by its kind ("Fact", "Claim by …"); claims and statements are
drawn hollow, so the difference survives without colour. The drawing area is a \`group\` named by
the data's title, each lane a \`group\` named by its category. Zoom and pan changes are announced,
once they settle, in a polite \`status\` region ("Showing March 2023 – May 2024"). Invalid data
shows an inline \`alert\` listing each problem while the valid events are still drawn.

**Keyboard** (events share one tab stop, a roving tabindex)

| Key | Action |
|---|---|
| Tab | Moves through the zoom buttons and the legend, then to one event: the last focused, else the selected, else the first |
| ← / → | Previous / next event in time order; the view pans to keep it visible |
| ↑ / ↓ | The event closest in time in the nearest lane above / below |
| Home / End | First / last event |
| Enter / Space | Selects the event and opens its details card |
| Escape | Closes the details card and returns focus to the event |
| + / - | Zooms in / out around the centre |
| 0 | Shows the whole range |

**Pointer and touch**

| Gesture | Action |
|---|---|
| ctrl / ⌘ + wheel | Zooms around the pointer |
| Pinch (touchpad or two fingers) | Zooms around the fingers |
| shift + wheel | Pans |
| Horizontal swipe (touchpad or one finger) | Pans |
| Drag | Pans |
| Double-click | Zooms in around the pointer |
| Plain wheel, vertical swipe | Scrolls the page, as everywhere else in the article; a hint says how to zoom |

Set \`isPlainWheelZoom\` only where the timeline is the whole page.
`;

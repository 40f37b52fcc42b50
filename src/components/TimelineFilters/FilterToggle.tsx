import type { CategoryColor } from '../../model/event.js';

/** Props of `FilterToggle`. */
export interface FilterToggleProps {
  /** What the toggle filters on, e.g. a category's or an actor's name. */
  readonly label: string;
  /** The count shown after the label, already formatted ("(9)"). */
  readonly countLabel: string;
  readonly isPressed: boolean;
  readonly onToggle: () => void;
  /** A category's palette slot: the check box is drawn in its colour, as in the legend. */
  readonly color?: CategoryColor;
}

/**
 * A toggle button (`aria-pressed`) named by its label and count: "Diplomacy (9)". A box
 * that is filled and ticked when pressed shows the state without relying on colour.
 */
export function FilterToggle({ label, countLabel, isPressed, onToggle, color }: FilterToggleProps) {
  return (
    <button
      type="button"
      className="frise-filter-toggle"
      aria-pressed={isPressed}
      data-state={isPressed ? 'on' : 'off'}
      data-color={color}
      onClick={onToggle}
    >
      <span className="frise-filter-toggle__box" aria-hidden="true" />
      <span className="frise-filter-toggle__label">{label}</span>{' '}
      <span className="frise-filter-toggle__count">{countLabel}</span>
    </button>
  );
}

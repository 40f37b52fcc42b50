import { cssVar, THEME_TOKENS, type ThemeToken } from '../../src/theme/tokens.js';

export interface TokenTableProps {
  readonly tokens?: readonly ThemeToken[];
}

const CELL = {
  padding: '6px 10px',
  borderBottom: `1px solid ${cssVar('--frise-color-grid')}`,
  textAlign: 'left',
  verticalAlign: 'top',
} as const;

function isColorToken(token: ThemeToken): boolean {
  return token.name.startsWith('--frise-color-');
}

/** A value as text, after a swatch of it for colours; the swatch is decorative. */
function TokenValue({ value, isColor }: { readonly value: string; readonly isColor: boolean }) {
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      {isColor && (
        <span
          aria-hidden="true"
          style={{
            flex: 'none',
            width: 20,
            height: 20,
            borderRadius: 4,
            background: value,
            border: `1px solid ${cssVar('--frise-color-border')}`,
          }}
        />
      )}
      <code>{value}</code>
    </span>
  );
}

/** Every `--frise-*` token with its light and dark value, read from `THEME_TOKENS`. */
export function TokenTable({ tokens = THEME_TOKENS }: TokenTableProps) {
  return (
    <div className="frise" style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0 8px' }}>
          Theme tokens: the custom properties Frise reads, with their light and dark values
        </caption>
        <thead>
          <tr style={{ background: cssVar('--frise-color-surface') }}>
            <th scope="col" style={CELL}>
              Token
            </th>
            <th scope="col" style={CELL}>
              Light
            </th>
            <th scope="col" style={CELL}>
              Dark
            </th>
            <th scope="col" style={CELL}>
              Used for
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.name}>
              <th scope="row" style={{ ...CELL, fontWeight: 'normal', whiteSpace: 'nowrap' }}>
                <code>{token.name}</code>
              </th>
              <td style={CELL}>
                <TokenValue value={token.light} isColor={isColorToken(token)} />
              </td>
              <td style={CELL}>
                <TokenValue value={token.dark} isColor={isColorToken(token)} />
              </td>
              <td style={CELL}>{token.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

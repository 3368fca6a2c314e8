// Tables for the docs pages, read from custom-elements.json and the token sheet,
// so the docs never drift from the code.
import manifest from '../../custom-elements.json';
import { tokens } from '../../src/styles/tokens.js';


const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const cell = { padding: '4px 8px', borderBottom: '1px solid #ddd', verticalAlign: 'top', textAlign: 'start' };

export function TokenTable() {
  const rows = [...tokens.cssText.matchAll(/(--rp-[\w-]+):\s*([^;]+);/g)].map((match) => [match[1], match[2].trim()]);
  return (
    <table>
      <thead><tr><th style={cell}>Token</th><th style={cell}>Default (light, dark)</th><th style={cell}>Swatch</th></tr></thead>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <td style={cell}><code>{name}</code></td>
            <td style={cell}><code>{value}</code></td>
            <td style={cell}>{name.includes('color') ? <span style={{ display: 'inline-block', width: 24, height: 24, borderRadius: 4, border: '1px solid #ccc', background: `var(${name})` }} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PartTable() {
  return (
    <table>
      <thead><tr><th style={cell}>Element</th><th style={cell}>Part</th><th style={cell}>What it is</th></tr></thead>
      <tbody>
        {elements.flatMap((element) => (element.cssParts ?? []).map((part) => (
          <tr key={`${element.tagName}-${part.name}`}>
            <td style={cell}><code>{`<${element.tagName}>`}</code></td>
            <td style={cell}><code>{`::part(${part.name})`}</code></td>
            <td style={cell}>{part.description}</td>
          </tr>
        )))}
      </tbody>
    </table>
  );
}

export function EventTable() {
  return (
    <table>
      <thead><tr><th style={cell}>Element</th><th style={cell}>Event</th><th style={cell}>When, and its detail</th></tr></thead>
      <tbody>
        {elements.flatMap((element) => (element.events ?? []).filter((event) => event.name).map((event) => (
          <tr key={`${element.tagName}-${event.name}`}>
            <td style={cell}><code>{`<${element.tagName}>`}</code></td>
            <td style={cell}><code>{event.name}</code></td>
            <td style={cell}>{event.description}</td>
          </tr>
        )))}
      </tbody>
    </table>
  );
}

/**
 * Fills `{name}` placeholders; values are plain text and are not read again
 * (a "$&" in an address stays as it is). The domain's English messages and
 * every language's word tables use it.
 */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (token, name: string) =>
    name in values ? String(values[name]) : token,
  );
}

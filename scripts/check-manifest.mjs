// Fails when the committed custom-elements.json is not what the analyzer writes
// from the source now, or when a public member of an element has no description.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const read = () => {
  try {
    return readFileSync('custom-elements.json', 'utf8');
  } catch {
    return ''; // No manifest yet: reported below as stale.
  }
};
const committed = read();
execFileSync('npx', ['cem', 'analyze', '--quiet'], { stdio: 'inherit' });
const fresh = read();

const problems = [];
if (fresh !== committed) problems.push('custom-elements.json is stale: run `npm run analyze` and commit it.');

const manifest = JSON.parse(fresh);
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement) continue;
    if (!declaration.tagName) continue;
    const tag = declaration.tagName;
    if (!declaration.description?.trim()) problems.push(`<${tag}> has no description.`);
    for (const member of declaration.members ?? []) {
      if (member.privacy === 'private' || member.privacy === 'protected' || member.static) continue;
      if (member.inheritedFrom?.module?.includes('node_modules')) continue;
      if (!member.description?.trim()) problems.push(`<${tag}> ${member.kind} "${member.name}" has no description.`);
    }
    for (const event of declaration.events ?? []) {
      if (!event.description?.trim()) problems.push(`<${tag}> event "${event.name}" has no description.`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('custom-elements.json is current and every public member is described.');

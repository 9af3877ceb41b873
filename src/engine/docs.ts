/**
 * Where parsl-lint and its rules are published, from `repository` in package.json: the one place
 * that names it. A rule's page is `rules/<id>/README.md` of the repository's main branch.
 */
import { readFileSync } from 'node:fs';
import { packageFile } from '../package-files.js';

let repository: string | undefined;

/** The repository's web address: `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
export function repositoryUrl(): string {
  if (repository === undefined) {
    const manifest = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { repository?: string | { url?: string } };
    const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    if (!url) throw new Error('package.json names no repository');
    repository = url.replace(/^git\+/, '').replace(/\.git$/, '');
  }
  return repository;
}

export function ruleDocsUrl(id: string): string {
  return `${repositoryUrl()}/blob/main/rules/${id}/README.md`;
}

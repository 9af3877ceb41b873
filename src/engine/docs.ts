/** Where a rule's page is published; the page is `rules/<id>/README.md` in this repository. */
const RULES_URL = 'https://github.com/parsl-lint/parsl-lint/blob/main/rules';

export function ruleDocsUrl(id: string): string {
  return `${RULES_URL}/${id}/README.md`;
}

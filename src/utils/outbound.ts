// Addresses on other sites that the build may link to, never fetch: a commit in the repository, and the form
// where readers report a problem. Both are set at build time and left out when they are not.

/** The page of a commit in the repository at `repoUrl` (GitHub, GitLab, Gitea and Forgejo share this form); undefined without a repository or a commit. */
export function commitUrl(repoUrl: string | undefined, hash: string): string | undefined {
  if (!repoUrl?.trim() || !/^[0-9a-f]{7,40}$/.test(hash)) return undefined;
  return `${repoUrl.trim().replace(/\/+$/, '')}/commit/${hash}`;
}

/** The report-a-problem address for a page: the template with `{path}` filled in (encoded); undefined when no template is set. */
export function reportUrl(template: string | undefined, path: string): string | undefined {
  if (!template?.trim()) return undefined;
  return template.trim().replaceAll('{path}', encodeURIComponent(path));
}

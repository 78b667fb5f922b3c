/** Requests that try to leave the served directory, sent byte for byte as written. */
export const TRAVERSALS = [
  // As reported (issue 11): two levels, and as many as it takes to reach / from any checkout.
  '/..%2f..%2fetc%2fpasswd',
  '/..%2f..%2fetc/passwd',
  '/..%2fsecret.txt',
  `/${'..%2f'.repeat(12)}etc%2fpasswd`,
  `/${'..%2f'.repeat(12)}etc/passwd`,
  '/../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/en/..%2f..%2fsecret.txt',
  '/..%5csecret.txt',
  '/%252e%252e/secret.txt',
  '/..%c0%afsecret.txt',
  '//etc/passwd',
  '/link/secret.txt',
  '/link-file',
  '/index.html%00.txt',
];

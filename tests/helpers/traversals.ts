/** Requests that try to leave the served directory, sent byte for byte as written. */
export const TRAVERSALS = [
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

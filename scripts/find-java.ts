import { spawnSync } from 'node:child_process';

/** The Java runtime the Nu HTML checker needs (Debian: default-jre-headless), or undefined. */
export function findJava(): string | undefined {
  const java = process.env.JAVA ?? 'java';
  const probe = spawnSync(java, ['-version'], { stdio: 'ignore' });
  return probe.status === 0 ? java : undefined;
}

export const JAVA_MISSING =
  "No Java runtime found: the Nu HTML checker (vnu-jar) needs one. Install Debian's package (apt-get install -y default-jre-headless) or set JAVA to a java binary.";

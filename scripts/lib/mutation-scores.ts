// Per-module scores from Stryker's JSON report (mutation-testing-report-schema), counted as Stryker counts them.

/** The least share of detected mutants each mutated module must reach, in percent. */
export const MODULE_THRESHOLD = 85;

/** The part of a report this reads: each mutated file and its mutants' statuses. */
export interface MutationReport {
  files: Record<string, { mutants: { status: string; statusReason?: string; mutatorName?: string; replacement?: string; location?: { start: { line: number } } }[] }>;
}

/** One module's counts and score. */
export interface ModuleScore {
  file: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
  /** Detected ÷ (detected + undetected) × 100; ignored mutants and ones that do not compile count for nothing. */
  score: number;
}

/** Each module's score, in the report's file order. */
export function moduleScores(report: MutationReport): ModuleScore[] {
  return Object.entries(report.files).map(([file, { mutants }]) => {
    const count = (status: string) => mutants.filter((m) => m.status === status).length;
    const [killed, timeout, survived, noCoverage, ignored] = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'].map(count) as [number, number, number, number, number];
    const valid = killed + timeout + survived + noCoverage;
    // A module whose every mutant is ignored has nothing left to miss.
    const score = valid === 0 ? 100 : ((killed + timeout) / valid) * 100;
    return { file, killed, timeout, survived, noCoverage, ignored, score };
  });
}

/** The modules under the threshold, as lines that say by how much. */
export function belowThreshold(scores: readonly ModuleScore[], threshold = MODULE_THRESHOLD): string[] {
  return scores.filter((s) => s.score < threshold).map((s) => `${s.file}: ${s.score.toFixed(2)}% (at least ${threshold}% needed; ${s.survived + s.noCoverage} mutant(s) not detected)`);
}

/** The scores as the Markdown table the README shows. */
export function scoreTable(scores: readonly ModuleScore[]): string {
  const rows = scores.map((s) => `| \`${s.file}\` | ${s.score.toFixed(1)}% | ${s.killed} | ${s.timeout} | ${s.survived + s.noCoverage} | ${s.ignored} |`);
  return ['| module | score | killed | timed out | survived | ignored |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Every mutant the tests let through, and every one set aside with its reason, as `file:line mutator …` lines. */
export function undetectedAndIgnored(report: MutationReport): { undetected: string[]; ignored: string[] } {
  const undetected: string[] = [];
  const ignored: string[] = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      const where = `${file}:${m.location?.start.line ?? '?'} ${m.mutatorName ?? '?'}`;
      if (m.status === 'Survived' || m.status === 'NoCoverage') undetected.push(`${where} → ${JSON.stringify(m.replacement ?? '')}`);
      if (m.status === 'Ignored') ignored.push(`${where}: ${m.statusReason ?? 'no reason given'}`);
    }
  }
  return { undetected, ignored };
}

// Prints one plain closing line, `Tests: N passed, N failed`, after the runner's own summary,
// so CI logs state the count in a form any reader (human or tool) can find.
function count(suite, totals) {
  if (!suite) return;
  for (const t of suite.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load counts as a failure even though no test ran.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += session.errors.length;
      }
      this.line = `Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
    },
    async stop() {
      if (this.line) console.log(`\n${this.line}`);
    },
  };
}

// A @web/test-runner reporter that writes {"passed":N,"failed":N,"skipped":N} as JSON to `file`
// after each test run. A test file that failed without a failing test (it did not load, a hook
// threw, the browser crashed) counts as one failure.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countsReporter({ file }) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        countSuite(session.testResults, counts);
        if (!session.passed && counts.failed === before) counts.failed++;
      }
      if (file) writeFileSync(file, `${JSON.stringify(counts)}\n`);
    },
  };
}

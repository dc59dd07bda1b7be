/**
 * Ends a jest run with the plain closing line CI reads ("N passed, N failed", alone on a line), since
 * jest's own summary is not one it knows.
 */
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`);
  }
}

module.exports = ClosingLineReporter;

// A node:test reporter that writes one JSON line: {"passed":N,"failed":N,"skipped":N}.
// Counts leaf tests (a test with subtests counts through its subtests, a describe() is not a test).
// A suite or parent test that fails while none of its children failed (a failing hook, a file that
// cannot load) counts as one failure, so a broken file is never silently "0 failed".
export default async function* nodeTestCounts(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  // Per file and nesting level: how many children, and failed children, were reported since the parent's last sibling.
  const levels = new Map();
  const levelOf = (file, nesting) => {
    const key = `${file}\u0000${nesting}`;
    if (!levels.has(key)) levels.set(key, { children: 0, failedChildren: 0 });
    return levels.get(key);
  };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const failed = event.type === 'test:fail';
    const children = levelOf(data.file, data.nesting + 1);
    const hadChildren = children.children > 0;
    const childFailed = children.failedChildren > 0;
    children.children = 0;
    children.failedChildren = 0;
    const own = levelOf(data.file, data.nesting);
    own.children++;
    if (failed) own.failedChildren++;

    const isSuite = data.details?.type === 'suite';
    if (hadChildren || isSuite) {
      if (failed && !childFailed) counts.failed++;
    } else if (data.skip || data.todo) counts.skipped++;
    else if (failed) counts.failed++;
    else counts.passed++;
  }
  yield `${JSON.stringify(counts)}\n`;
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableToCsv } from '../../../src/core/csv.js';

test('CSV: BOM for Excel, CRLF, raw numbers, quoting, and defused formulas', () => {
  const csv = tableToCsv({
    caption: 'x',
    columns: [{ label: 'แผนงาน' }, { label: 'ล้านบาท', numeric: true }],
    rows: [
      { cells: ['แผนงานที่ 1', '374.1500 ล้านบาท'], values: ['แผนงานที่ 1', 374.15] },
      { cells: ['a "quoted", label', '1'], values: ['a "quoted", label', 1] },
      { cells: ['=HYPERLINK("http://x")', '2'], values: ['=HYPERLINK("http://x")', 2] },
    ],
    footer: { cells: ['รวม', '377.15'], values: ['รวม', 377.15] },
  });
  assert.ok(csv.startsWith('\uFEFF'));
  const lines = csv.slice(1).split('\r\n');
  assert.deepEqual(lines, ['แผนงาน,ล้านบาท', 'แผนงานที่ 1,374.15', '"a ""quoted"", label",1', `"'=HYPERLINK(""http://x"")",2`, 'รวม,377.15', '']);
});

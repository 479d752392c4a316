// What the crash screen's "复制错误详情" copies.
import { expect, it } from 'vitest';
import { crashDetails } from './crash-details';

it('names the time, the page, the error with its stack and where in the screens it was thrown', () => {
  const error = new TypeError('x is undefined');
  error.stack = 'TypeError: x is undefined\n    at Home (home.tsx:3)';
  const text = crashDetails(error, '\n    at Home\n    at AppShell', { time: new Date('2025-03-05T01:02:03Z'), url: 'http://127.0.0.1/#/home', userAgent: 'UA' });
  expect(text.split('\n')).toEqual([
    '时间：2025-03-05T01:02:03.000Z', '页面：http://127.0.0.1/#/home', '浏览器：UA', '',
    '错误：', 'TypeError: x is undefined', '    at Home (home.tsx:3)', '',
    '界面位置：', 'at Home', '    at AppShell',
  ].join('\n').split('\n'));
});

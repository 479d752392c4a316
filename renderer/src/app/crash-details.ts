// The text a user copies from the crash screen and sends to whoever maintains the program: what
// was thrown, where in the screens, when and on which page — enough to find the fault without
// asking the user to describe it.

export function crashDetails(error: unknown, componentStack: string | null | undefined, where: { time: Date; url: string; userAgent: string }): string {
  const headline = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // V8's stack already opens with the headline; other engines' stacks do not.
  const stack = error instanceof Error ? error.stack ?? '' : '';
  const thrown = stack.startsWith(headline) ? stack : `${headline}\n${stack}`;
  return [
    `时间：${where.time.toISOString()}`,
    `页面：${where.url}`,
    `浏览器：${where.userAgent}`,
    '',
    '错误：',
    thrown.trim(),
    ...(componentStack ? ['', '界面位置：', componentStack.trim()] : []),
  ].join('\n');
}

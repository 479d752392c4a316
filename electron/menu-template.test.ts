import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './menu-template.js';
import type { MenuItemSpec } from './menu-template.js';

const labelsOf = (items: readonly MenuItemSpec[]) => items.flatMap((item) => (item.kind === 'separator' ? [] : [item.label]));

describe('application menu', () => {
  it('has the five Chinese menus with keyboard mnemonics', () => {
    expect(buildMenuTemplate({ devTools: false }).map((menu) => menu.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '窗口(&W)', '帮助(&H)']);
  });

  it('labels every item in Chinese, so no English role label shows through', () => {
    for (const menu of buildMenuTemplate({ devTools: true })) {
      for (const label of labelsOf(menu.items)) expect(label).toMatch(/\p{Script=Han}/u);
    }
  });

  it('keeps the editing roles that make copy and paste work in text fields', () => {
    const edit = buildMenuTemplate({ devTools: false })[1];
    const roles = edit?.items.flatMap((item) => (item.kind === 'role' ? [item.role] : []));
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers the developer tools only when asked to', () => {
    const hasDevTools = (devTools: boolean) =>
      buildMenuTemplate({ devTools }).some((menu) => menu.items.some((item) => item.kind === 'role' && item.role === 'toggleDevTools'));
    expect(hasDevTools(false)).toBe(false);
    expect(hasDevTools(true)).toBe(true);
  });

  it('has an About command under 帮助', () => {
    expect(buildMenuTemplate({ devTools: false })[4]?.items).toEqual([{ kind: 'command', command: 'about', label: '关于政协履职台账' }]);
  });
});

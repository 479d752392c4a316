// The Chinese application menu as plain data. Electron's built-in role labels are English, so
// every item carries its Chinese label; main.ts turns this into a Menu and wires the commands.

/** Electron menu roles used here (a subset of Electron's own list, so main can pass them on). */
export type MenuRole =
  | 'close'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize';

/** Items that need our own code rather than a role. */
export type MenuCommand = 'about';

export type MenuItemSpec =
  | { readonly kind: 'role'; readonly role: MenuRole; readonly label: string }
  | { readonly kind: 'command'; readonly command: MenuCommand; readonly label: string }
  | { readonly kind: 'separator' };

export interface MenuSpec {
  readonly label: string;
  readonly items: readonly MenuItemSpec[];
}

const role = (r: MenuRole, label: string): MenuItemSpec => ({ kind: 'role', role: r, label });
const separator: MenuItemSpec = { kind: 'separator' };

export function buildMenuTemplate(options: { devTools: boolean }): MenuSpec[] {
  return [
    { label: '文件(&F)', items: [role('close', '关闭窗口'), separator, role('quit', '退出')] },
    {
      label: '编辑(&E)',
      items: [
        role('undo', '撤销'),
        role('redo', '重做'),
        separator,
        role('cut', '剪切'),
        role('copy', '复制'),
        role('paste', '粘贴'),
        role('selectAll', '全选'),
      ],
    },
    {
      label: '视图(&V)',
      items: [
        role('reload', '重新载入'),
        ...(options.devTools ? [role('toggleDevTools', '开发者工具')] : []),
        separator,
        // Larger text matters to many of the office's users; the zoom is kept per session.
        role('resetZoom', '实际大小'),
        role('zoomIn', '放大'),
        role('zoomOut', '缩小'),
        separator,
        role('togglefullscreen', '全屏'),
      ],
    },
    { label: '窗口(&W)', items: [role('minimize', '最小化'), role('close', '关闭')] },
    { label: '帮助(&H)', items: [{ kind: 'command', command: 'about', label: '关于政协履职台账' }] },
  ];
}

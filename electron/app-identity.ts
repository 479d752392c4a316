// Names the installed program is known by. APP_ID must equal `appId` in
// build/electron-builder.yml: Windows groups the taskbar button and shortcuts by it.
export const APP_ID = 'cn.cppcc.ledger';
export const PRODUCT_NAME = '政协履职台账';

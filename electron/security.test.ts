import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APP_START_URL,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  WINDOW_OPEN_DECISION,
  isAllowedNavigation,
  isAllowedRequest,
  isPermissionGranted,
  isTrustedSender,
  parseCsp,
  withoutMetaIgnoredDirectives,
} from './security.js';

describe('Content-Security-Policy', () => {
  const policy = parseCsp(CONTENT_SECURITY_POLICY);

  it('allows only the app itself to supply scripts and data', () => {
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
  });

  it('never allows eval, remote hosts or wildcards', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/u);
    // Inline styles only: antd's css-in-js needs them, scripts never get the same.
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('img-src')).toBe("'self' data: blob:");
  });

  it('leaves out of the <meta> form what a meta element ignores', () => {
    expect(parseCsp(CONTENT_SECURITY_POLICY_META).has('frame-ancestors')).toBe(false);
    expect(parseCsp(CONTENT_SECURITY_POLICY_META)).toEqual(withoutMetaIgnoredDirectives(policy));
  });

  it('is the same policy as the <meta> tag in renderer/index.html', () => {
    const html = readFileSync(new URL('../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/iu.exec(html);
    expect(meta, 'renderer/index.html must carry the CSP as a <meta http-equiv> tag').not.toBeNull();
    expect(withoutMetaIgnoredDirectives(parseCsp(meta?.[1] ?? ''))).toEqual(parseCsp(CONTENT_SECURITY_POLICY_META));
  });
});

describe('navigation and requests', () => {
  it('stays within the app', () => {
    expect(isAllowedNavigation(APP_START_URL)).toBe(true);
    expect(isAllowedNavigation('app://ledger/index.html#/members')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:4173/',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://user:pw@ledger/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('refuses to navigate to %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('lets the page load its own files and in-memory URLs, and nothing from a network', () => {
    expect(isAllowedRequest('app://ledger/assets/index-abc.js')).toBe(true);
    expect(isAllowedRequest('blob:app://ledger/5b0c')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequest('ws://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedRequest('file:///C:/Windows/win.ini')).toBe(false);
  });
});

describe('IPC senders, permissions and new windows', () => {
  it('trusts only the top frame of the app page', () => {
    expect(isTrustedSender({ url: 'app://ledger/index.html#/backup', isTopFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://ledger/index.html', isTopFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isTopFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('grants no permission and opens no window', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
    expect(WINDOW_OPEN_DECISION).toEqual({ action: 'deny' });
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetHeaders, contentTypeFor, resolveAppAsset } from './app-protocol.js';
import { CONTENT_SECURITY_POLICY } from './security.js';

const root = path.resolve('/opt/ledger/dist/renderer');

describe('resolveAppAsset', () => {
  it('maps app URLs to files in the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://ledger/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://ledger/index.html#/members')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://ledger/assets/index-a1b2.js?v=1')).toBe(path.join(root, 'assets', 'index-a1b2.js'));
    expect(resolveAppAsset(root, 'app://ledger/assets/%E5%9B%BE.png')).toBe(path.join(root, 'assets', '图.png'));
  });

  it.each(['app://ledger/../../../etc/passwd', 'app://ledger/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the folder (the URL parser already drops the dot segments)',
    (url) => {
      expect(resolveAppAsset(root, url)).toBe(path.join(root, 'etc', 'passwd'));
    },
  );

  it.each([
    'app://ledger/..%2f..%2fsecret',
    'app://ledger/..%5c..%5csecret',
    'app://ledger/a%00.js',
    'app://ledger/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://ledger/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });
});

describe('asset headers', () => {
  it('fix the content type so module scripts load', () => {
    expect(contentTypeFor('/x/index-a1b2.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });

  it('carry the CSP on every answer', () => {
    expect(assetHeaders('/x/index.html')).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

// The shell's security decisions as plain functions, so they are tested under Node and main.ts
// only wires them to Electron: the Content-Security-Policy, which URLs the window may show or
// fetch, which frames may call IPC, and which permissions a page gets (none).

/**
 * The app is served from its own privileged scheme rather than file://, so it has a real origin
 * ('self' in the CSP, its own IndexedDB) and no access to other local files. Never change the
 * scheme or host: IndexedDB belongs to the origin, and the ledger would seem to vanish.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

const POLICY_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // antd writes its styles at run time (css-in-js) into <style> elements.
  ['style-src', "'self' 'unsafe-inline'"],
  // Attachment previews and exported charts are data: and blob: URLs.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  // Ignored in a <meta> tag, so only the response header carries it.
  ['frame-ancestors', "'none'"],
];

const META_IGNORED = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const joinDirectives = (directives: readonly (readonly [string, string])[]) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy main sends with every page of the app. */
export const CONTENT_SECURITY_POLICY = joinDirectives(POLICY_DIRECTIVES);

/** The same policy for renderer/index.html's <meta http-equiv>, which also guards browser mode. */
export const CONTENT_SECURITY_POLICY_META = joinDirectives(POLICY_DIRECTIVES.filter(([name]) => !META_IGNORED.has(name)));

/** Directive name → value, for comparing two policies regardless of order and spacing. */
export function parseCsp(policy: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/u);
    if (name) directives.set(name.toLowerCase(), values.join(' '));
  }
  return directives;
}

/** Drops what a <meta> policy cannot express, to compare a meta tag with the header. */
export function withoutMetaIgnoredDirectives(directives: Map<string, string>): Map<string, string> {
  return new Map([...directives].filter(([name]) => !META_IGNORED.has(name)));
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a page or asset of the app itself: app://ledger/… and nothing else. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** The window may only move within the app (hash routes do not even ask); everything else is refused. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Requests the app itself may make. No remote content: the program must work with the network
 * cable pulled, and a request to the outside would be both a leak and a dependency.
 */
export function isAllowedRequest(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (isAppUrl(url)) return true;
  // In-memory URLs the page itself made (downloads, previews); they never leave the process.
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:';
}

export interface SenderFrame {
  readonly url: string;
  readonly isTopFrame: boolean;
}

/** Only the app's own top-level page may call IPC — not a frame, not a page it navigated to. */
export function isTrustedSender(frame: SenderFrame | null): boolean {
  return frame !== null && frame.isTopFrame && isAppUrl(frame.url);
}

/** Every permission (camera, notifications, geolocation, …) is refused: a ledger needs none. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/** window.open and target=_blank never open a window. */
export const WINDOW_OPEN_DECISION = { action: 'deny' } as const;

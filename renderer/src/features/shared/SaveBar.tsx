// The 保存/取消 row of a long form, stuck to the bottom of the window so it is in view however far
// down the form the user is (a 120-member attendance list is taller than any screen; on a
// 1366×768 office screen even a settings form is). Every long form uses this one bar.
import { useRef, type ReactNode } from 'react';
import { useScrollPadding } from './use-scroll-padding';

export function SaveBar({ children }: { children: ReactNode }) {
  const bar = useRef<HTMLDivElement>(null);
  // A field the browser brings into view (Tab, a failed 保存 scrolling to the red field) stops
  // above the bar, not under it.
  useScrollPadding('bottom', bar);
  return (
    <div
      ref={bar}
      role="group"
      aria-label="保存栏"
      style={{ position: 'sticky', bottom: 0, zIndex: 5, background: '#fff', borderTop: '1px solid #f0f0f0', padding: '12px 0', marginTop: 24, display: 'flex', gap: 8, flexWrap: 'wrap' }}
    >
      {children}
    </div>
  );
}

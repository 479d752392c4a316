// A bar stuck to the window's top or bottom hides what scrolls under it. While the bar is shown,
// the scroll padding on that side of what scrolls under it (the page, or a dialog's body) is the
// bar's height, so whatever the browser scrolls into view (a focused field, a section jumped to, a
// red field after a failed 保存) lands clear of it.
import { useLayoutEffect, type RefObject } from 'react';

/** What the bar sticks in: the nearest ancestor that scrolls (a dialog's body), else the page. */
function scrollerOf(element: HTMLElement): HTMLElement {
  for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(up).overflowY)) return up;
  }
  return document.documentElement;
}

/** Room kept beyond the bar, so the field is not flush against its edge. */
const GAP = 16;

export function useScrollPadding(side: 'top' | 'bottom', bar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const scroller = scrollerOf(element);
    const style = scroller.style;
    const property = side === 'top' ? 'scrollPaddingTop' : 'scrollPaddingBottom';
    const before = style[property];
    const update = () => { style[property] = `${element.offsetHeight + GAP}px`; };
    update();
    // The bar grows when its buttons wrap onto a second line in a narrow window.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    // Chromium does not scroll a field that is already partly in view when it takes the focus,
    // padding or not: one reached by Tab half under the bar is moved clear of it here, on the next
    // frame, once the browser's own scroll (if any) is done. A bar in a hidden tab has no box.
    const keepClear = (event: FocusEvent) => requestAnimationFrame(() => {
      const field = event.target;
      // Only a field that scrolls under this bar: a dialog's bar leaves the page behind it alone.
      if (!(field instanceof Element) || !scroller.contains(field) || element.contains(field) || element.getClientRects().length === 0) return;
      const edge = element.getBoundingClientRect();
      const box = field.getBoundingClientRect();
      const under = box.bottom > edge.top && box.top < edge.bottom && box.right > edge.left && box.left < edge.right;
      if (under) scroller.scrollBy(0, side === 'bottom' ? box.bottom - edge.top + GAP : box.top - edge.bottom - GAP);
    });
    document.addEventListener('focusin', keepClear);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', keepClear);
      style[property] = before;
    };
  }, [side, bar]);
}

// A bar stuck to the window's top or bottom hides what scrolls under it. While the bar is shown,
// the page's scroll padding on that side is the bar's height, so whatever the browser scrolls into
// view (a focused field, a section jumped to, a red field after a failed 保存) lands clear of it.
import { useLayoutEffect, type RefObject } from 'react';

/** Room kept beyond the bar, so the field is not flush against its edge. */
const GAP = 16;

export function useScrollPadding(side: 'top' | 'bottom', bar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const style = document.documentElement.style;
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
      if (!(field instanceof Element) || element.contains(field) || element.getClientRects().length === 0) return;
      const edge = element.getBoundingClientRect();
      const box = field.getBoundingClientRect();
      const under = box.bottom > edge.top && box.top < edge.bottom && box.right > edge.left && box.left < edge.right;
      if (under) window.scrollBy(0, side === 'bottom' ? box.bottom - edge.top + GAP : box.top - edge.bottom - GAP);
    });
    document.addEventListener('focusin', keepClear);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', keepClear);
      style[property] = before;
    };
  }, [side, bar]);
}

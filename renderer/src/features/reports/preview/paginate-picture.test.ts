// A chart's picture in the preview's pagination: its lines never split across pages, and it
// moves to the next page with its caption when the caption's line would not fit beside it.
import { describe, expect, it } from 'vitest';
import { paginate, type FlowBlock, type PreviewBlock } from './paginate';

const body = (key: string, text: string): FlowBlock<string> => ({ kind: 'flow', key, style: 'body', runs: [{ text }], indentChars: 0, charsPerLine: 28, align: 'left' });
const lines = (n: number) => Array.from({ length: n }, (_, i) => body(`l${i}`, '字'));
const picture: PreviewBlock<string> = { kind: 'picture', key: 'chart', lines: 10, keepWithNext: true };

describe('a picture in the pagination', () => {
  it('stays on the page when it and its caption fit: 11 + 10 + 1 = 22 lines', () => {
    const pages = paginate([...lines(11), picture, body('caption', '图')]);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items.find((i) => i.kind === 'picture')).toEqual({ kind: 'picture', blockKey: 'chart', lines: 10 });
  });

  it('moves whole to the next page, with its caption, when the caption would not fit', () => {
    const pages = paginate([...lines(12), picture, body('caption', '图')]);
    expect(pages).toHaveLength(2);
    expect(pages[1]!.items.map((i) => i.blockKey)).toEqual(['chart', 'caption']);
  });
});

// The least and the most of a pair, each count after its word.
import { describe, expect, it } from 'vitest';
import { learnReport } from './learn-report';
import { plainParagraph as p } from './docx-blocks';

const said = (text: string) => learnReport([p('青石县政协2025年民主监督工作情况汇报'), p(text)], 'supervision').numbers
  .filter((n) => n.where !== 'title')
  .map((n) => `${n.proposal.key ?? 'text'}${n.proposal.sure ? '（确定）' : ''}`);

describe('the two ends of a pair of least and most', () => {
  it('reads 最少的1名、最多的3名 and 少则1名、多则3名 as the least and the most, for checking', () => {
    expect(said('各站工作人员最少的1名、最多的3名。')).toEqual(['stations.staffMin', 'stations.staffMax']);
    expect(said('各站工作人员少则1名、多则3名。')).toEqual(['stations.staffMin', 'stations.staffMax']);
  });

  it('leaves a 最多 with no pair before it', () => {
    expect(said('全年开展视察7次，最多的一月3次。')[1]).toBe('text');
  });
});

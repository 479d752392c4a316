// One echarts chart in a box: echarts is loaded lazily (echarts-runtime.ts) on first use, the
// chart follows its option and the box's size, and is disposed with the component. The box is
// labelled so a screen reader (and a test) can find the chart by what it shows.
import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { Typography } from 'antd';

export function EChart({ option, label, height = 260 }: { option: EChartsCoreOption; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import('./echarts-runtime')
      .then(({ init }) => {
        if (disposed || !box.current) return;
        chart.current = init(box.current, undefined, { renderer: 'canvas' });
        observer = new ResizeObserver(() => chart.current?.resize());
        observer.observe(box.current);
        setReady(true);
      })
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption(option, true);
  }, [option, ready]);

  if (failed) return <Typography.Text type="danger">图表加载失败：{failed}</Typography.Text>;
  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}

import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';

/**
 * Chart.js with only what Chart.svelte draws (bar, line and doughnut charts on category and
 * linear axes, title, tooltip; the legend plugin for its items, drawn in HTML), instead of
 * `chart.js/auto` with every chart type, scale and plugin: a smaller chunk to parse on the
 * analytics pages (issue 17).
 */
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  DoughnutController,
  ArcElement,
  CategoryScale,
  LinearScale,
  Title,
  Tooltip,
  Legend,
);

export { Chart };

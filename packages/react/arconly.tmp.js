import { arc } from 'd3-shape';

console.log(arc()({ innerRadius: 1, outerRadius: 2, startAngle: 0, endAngle: 1 }));

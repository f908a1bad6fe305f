// What a host that renders the 9-box grid and calibration panel inside a provider imports (measured by scripts/size.mjs).
export { NorthstarProvider } from '../../dist/index.js';
export { CalibrationPanel, NineBoxGrid } from '../../dist/nine-box.js';

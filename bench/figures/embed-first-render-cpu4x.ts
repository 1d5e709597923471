// embed-first-render-cpu4x: embed-first-render with the CPU slowed 4× (Emulation.setCPUThrottlingRate),
// roughly a mid-range phone.
import { embedRenderFigure } from './embed-first-render';

export const figure = embedRenderFigure('embed-first-render-cpu4x', 'embed: fresh load to first view drawn, CPU throttled 4×', 4, 7);

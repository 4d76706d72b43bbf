// Imported first by the pane's entry, before Fluent UI loads: no font files from Microsoft's
// CDN (an empty fontBaseUrl registers no @font-face). The pane uses the fonts Office has.
const w = window as unknown as { FabricConfig?: Record<string, unknown> };
w.FabricConfig = { ...w.FabricConfig, fontBaseUrl: '' };

export {};

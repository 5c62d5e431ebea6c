/** The demo's private link token: public on purpose, it only ever opens demo data, read-only. */
export const DEMO_TOKEN = 'demo-rossi-food-2026';

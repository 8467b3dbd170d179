// Shared Tailwind class lists for the quiz and dashboard controls: one visible focus
// ring everywhere, and contrast that stays above WCAG AA on white.
const focusRing = "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-800";

export const buttonPrimary = `inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800 disabled:cursor-wait disabled:opacity-70 ${focusRing}`;

export const buttonSecondary = `inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-slate-500 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-wait disabled:opacity-70 ${focusRing}`;

export const buttonDanger = `inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:cursor-wait disabled:opacity-70 ${focusRing}`;

export const textLink = `font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950 ${focusRing}`;

export const card = "rounded-lg border border-slate-300 bg-white p-4 shadow-sm sm:p-6";

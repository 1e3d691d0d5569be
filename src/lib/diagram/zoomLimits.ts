/** Pan and zoom settings the diagram's buttons need before the zoom code itself has loaded. */

export const MAX_ZOOM = 8;
/** one press of Zoom in / Zoom out */
export const ZOOM_STEP = 1.5;

/** Which events start a gesture: drags with the main button, Ctrl/⌘ + wheel, double clicks. */
export function startsGesture(e: {
	type: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	button?: number;
}) {
	if (e.type === 'wheel') return Boolean(e.ctrlKey || e.metaKey);
	return !e.ctrlKey && !e.button;
}

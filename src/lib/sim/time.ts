/**
 * Simulated wall clock. Every scenario starts at the same instant so timestamps, ages and event
 * names are identical run after run.
 */
export const EPOCH_MS = Date.UTC(2026, 0, 15, 9, 0, 0);

/** when the scenarios' cluster was set up, in simulated seconds: three days before they begin */
export const CLUSTER_CREATED = -86400 * 3;

/** RFC 3339 time as Kubernetes prints it (second precision). */
export function timestamp(seconds: number): string {
	return new Date(EPOCH_MS + Math.round(seconds * 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The simulated seconds of a time `timestamp` wrote. */
export const simSeconds = (rfc3339: string) => (Date.parse(rfc3339) - EPOCH_MS) / 1000;

/** Event names are `<object>.<hex of the creation time in ns>` (client-go's recorder). */
export function eventName(objectName: string, seconds: number, seq: number): string {
	const ns = BigInt(EPOCH_MS) * 1_000_000n + BigInt(Math.round(seconds * 1e9)) + BigInt(seq);
	return `${objectName}.${ns.toString(16)}`;
}

/**
 * kubectl's short age: 45s, 3m12s, 3h5m, 2d4h … (k8s.io/apimachinery/pkg/util/duration
 * HumanDuration). Go truncates toward zero, and a time more than a second ahead is `<invalid>`.
 */
export function humanAge(seconds: number): string {
	const s = Math.trunc(seconds);
	if (s < -1) return '<invalid>';
	if (s < 0) return '0s';
	if (s < 120) return `${s}s`;
	const m = Math.floor(s / 60);
	if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
	if (m < 180) return `${m}m`;
	const h = Math.floor(m / 60);
	if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
	if (h < 48) return `${h}h`;
	const d = Math.floor(h / 24);
	if (h < 24 * 8) return h % 24 === 0 ? `${d}d` : `${d}d${h % 24}h`;
	if (h < 24 * 365 * 2) return `${d}d`;
	const y = Math.floor(d / 365);
	if (h < 24 * 365 * 8) return d % 365 === 0 ? `${y}y` : `${y}y${d % 365}d`;
	return `${y}y`;
}

/** `+1:15`: simulated time since the scenario began, as the clock on the diagram shows it. */
export function clockText(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	return `+${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

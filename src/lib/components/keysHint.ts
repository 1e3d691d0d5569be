/**
 * Whether this browser has seen the first visit's hint at the keys. Storage can throw (privacy
 * modes, blocked storage): then the hint shows, and is not remembered.
 */
const KEY = 'kubestep.keysHint';

export function keysHintSeen(): boolean {
	try {
		return localStorage.getItem(KEY) === 'seen';
	} catch {
		return false;
	}
}

export function rememberKeysHint(): void {
	try {
		localStorage.setItem(KEY, 'seen');
	} catch {
		// shown again next visit: harmless
	}
}

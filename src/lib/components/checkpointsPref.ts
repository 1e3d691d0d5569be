/**
 * Whether this browser last turned the checkpoints on or off. Storage may be blocked or throw: then
 * nothing is remembered, and the link alone decides.
 */
const KEY = 'kubestep.checkpoints';

type GetStorage = () => Pick<Storage, 'getItem' | 'setItem'> | undefined;

export function rememberedCheckpoints(storage: GetStorage): boolean | null {
	try {
		const v = storage()?.getItem(KEY);
		return v === 'on' ? true : v === 'off' ? false : null;
	} catch {
		return null;
	}
}

export function rememberCheckpoints(storage: GetStorage, on: boolean): void {
	try {
		storage()?.setItem(KEY, on ? 'on' : 'off');
	} catch {
		// not remembered: the link carries the choice
	}
}

/**
 * What the player's page follows of the browser: full screen (entered on the player's root, for
 * presenting), the person's reduced-motion setting, and the classes on <html> that page-wide
 * rules hang on (`with-player`, `room`) — classes, not html:has(…), because a :has() on the
 * root makes every class change in the page restyle it. The room-sized view is on in full screen
 * and whenever `large()` says so. Call during component init.
 */
export function presenting(root: () => HTMLElement | undefined, large: () => boolean) {
	let fullscreen = $state(false);
	let reducedMotion = $state(false);
	$effect(() => {
		const motion = matchMedia('(prefers-reduced-motion: reduce)');
		reducedMotion = motion.matches;
		motion.onchange = () => (reducedMotion = motion.matches);
		const onFs = () => (fullscreen = document.fullscreenElement === root());
		document.addEventListener('fullscreenchange', onFs);
		const html = document.documentElement;
		html.classList.add('with-player');
		return () => {
			motion.onchange = null;
			document.removeEventListener('fullscreenchange', onFs);
			html.classList.remove('with-player', 'room');
		};
	});
	const room = $derived(fullscreen || large());
	$effect(() => {
		document.documentElement.classList.toggle('room', room);
	});
	return {
		get fullscreen() {
			return fullscreen;
		},
		/** large text, the diagram across the screen, the panels as an overlay */
		get room() {
			return room;
		},
		get reducedMotion() {
			return reducedMotion;
		},
		toggle() {
			if (document.fullscreenElement) document.exitFullscreen();
			else root()?.requestFullscreen?.();
		}
	};
}

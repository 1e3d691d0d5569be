/**
 * What the player's page follows of the browser: full screen (entered on the player's root, for
 * presenting), the person's reduced-motion setting, and the classes on <html> that page-wide
 * rules hang on (`with-player`, `presenting`) — classes, not html:has(…), because a :has() on the
 * root makes every class change in the page restyle it. Call during component init.
 */
export function presenting(root: () => HTMLElement | undefined) {
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
			html.classList.remove('with-player', 'presenting');
		};
	});
	$effect(() => {
		document.documentElement.classList.toggle('presenting', fullscreen);
	});
	return {
		get fullscreen() {
			return fullscreen;
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

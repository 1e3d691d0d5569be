/** The current language, shared by every component. Set once on load, then by the toggle. */
import { messages, type Lang } from './index';

class Locale {
	lang = $state<Lang>('en');
	get t() {
		return messages(this.lang);
	}
}

export const locale = new Locale();

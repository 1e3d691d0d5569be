// Components read `locale.t` synchronously: load both languages' text once for every spec.
import { loadMessages } from '$lib/i18n';

await loadMessages('en');
await loadMessages('ko');

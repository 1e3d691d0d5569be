/**
 * etcdctl's usage text for `etcdctl snapshot`, which cobra prints when it is given a word that is
 * not one of its commands: since etcd 3.6 only `save` is one (etcdctl/ctlv3/command/
 * snapshot_command.go). cobra only checks the root's words (args.go legacyArgs), so the
 * `snapshot` command itself runs, has no Run, and prints its help; etcdctl's help is its usage
 * (ctlv3/ctl.go Start), written by pkg/cobrautl/help.go's template through a tabwriter.
 */
import { ETCD_API_VERSION } from './etcdVersions';
import { tabwrite } from './tabwriter';

/** a flag as pkg/cobrautl/help.go etcdFlagUsages writes it */
interface UsageFlag {
	name: string;
	short?: string;
	kind: 'string' | 'bool' | 'other';
	/** the default as pflag prints it (DefValue) */
	value: string;
	usage: string;
}

/** etcdctl 3.6's global flags (ctlv3/ctl.go init), in pflag's sorted order */
const GLOBAL_FLAGS: UsageFlag[] = [
	{
		name: 'cacert',
		kind: 'string',
		value: '',
		usage: 'verify certificates of TLS-enabled secure servers using this CA bundle'
	},
	{
		name: 'cert',
		kind: 'string',
		value: '',
		usage: 'identify secure client using this TLS certificate file'
	},
	{
		name: 'command-timeout',
		kind: 'other',
		value: '5s',
		usage: 'timeout for short running command (excluding dial timeout)'
	},
	{ name: 'debug', kind: 'bool', value: 'false', usage: 'enable client-side debug logging' },
	{
		name: 'dial-timeout',
		kind: 'other',
		value: '2s',
		usage: 'dial timeout for client connections'
	},
	{
		name: 'discovery-srv',
		short: 'd',
		kind: 'string',
		value: '',
		usage: 'domain name to query for SRV records describing cluster endpoints'
	},
	{
		name: 'discovery-srv-name',
		kind: 'string',
		value: '',
		usage: 'service name to query when using DNS discovery'
	},
	{ name: 'endpoints', kind: 'other', value: '[127.0.0.1:2379]', usage: 'gRPC endpoints' },
	{ name: 'hex', kind: 'bool', value: 'false', usage: 'print byte strings as hex encoded strings' },
	{
		name: 'insecure-discovery',
		kind: 'bool',
		value: 'true',
		usage: 'accept insecure SRV records describing cluster endpoints'
	},
	{
		name: 'insecure-skip-tls-verify',
		kind: 'bool',
		value: 'false',
		usage:
			'skip server certificate verification (CAUTION: this option should be enabled only for testing purposes)'
	},
	{
		name: 'insecure-transport',
		kind: 'bool',
		value: 'true',
		usage: 'disable transport security for client connections'
	},
	{
		name: 'keepalive-time',
		kind: 'other',
		value: '2s',
		usage: 'keepalive time for client connections'
	},
	{
		name: 'keepalive-timeout',
		kind: 'other',
		value: '6s',
		usage: 'keepalive timeout for client connections'
	},
	{
		name: 'key',
		kind: 'string',
		value: '',
		usage: 'identify secure client using this TLS key file'
	},
	{
		name: 'max-recv-bytes',
		kind: 'other',
		value: '0',
		usage: 'client-side response receive limit in bytes (if 0, it defaults to "math.MaxInt32")'
	},
	{
		name: 'max-request-bytes',
		kind: 'other',
		value: '0',
		usage:
			'client-side request send limit in bytes (if 0, it defaults to 2.0 MiB (2 * 1024 * 1024).)'
	},
	{
		name: 'password',
		kind: 'string',
		value: '',
		usage:
			"password for authentication (if this option is used, --user option shouldn't include password)"
	},
	{
		name: 'user',
		kind: 'string',
		value: '',
		usage: 'username[:password] for authentication (prompt if password is not supplied)'
	},
	{
		name: 'write-out',
		short: 'w',
		kind: 'string',
		value: 'simple',
		usage: 'set the output format (fields, json, protobuf, simple, table)'
	}
];

/** etcdFlagUsages: `  -s, --name` or `      --name`, `[=v]` for a bool, quotes on a string */
function flagLine(f: UsageFlag): string {
	const name = f.short ? `  -${f.short}, --${f.name}` : `      --${f.name}`;
	const value =
		f.kind === 'bool' ? `[=${f.value}]` : f.kind === 'string' ? `="${f.value}"` : `=${f.value}`;
	return `${name}${value}\t${f.usage}`;
}

/** what `etcdctl snapshot <anything but save>` prints on stdout */
export function snapshotUsage(): string {
	const text = [
		'NAME:',
		'\tsnapshot - Manages etcd node snapshots',
		'',
		'USAGE:',
		'\tetcdctl snapshot <subcommand> [flags]',
		'',
		'API VERSION:',
		`\t${ETCD_API_VERSION}`,
		'',
		'',
		'COMMANDS:',
		'\tsave\tStores an etcd node backend snapshot to a given file',
		'',
		'OPTIONS:',
		flagLine({
			name: 'help',
			short: 'h',
			kind: 'bool',
			value: 'false',
			usage: 'help for snapshot'
		}),
		'',
		'GLOBAL OPTIONS:',
		...GLOBAL_FLAGS.map(flagLine)
	].join('\n');
	// cobrautl's tabwriter: minwidth 0, tabwidth 8, padding 1, padded with tabs
	return tabwrite(text, 1, 0, '\t');
}

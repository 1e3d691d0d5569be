/**
 * The version strings etcd derives from its release (ETCD_VERSION): the API version etcdctl and
 * etcdutl print (api/version/version.go: APIVersion is the release's major.minor), and the
 * storage version a member writes in its backend once the cluster runs that minor release
 * (server/storage/schema: major.minor.0). etcd 3.6.4 reports it as STORAGE VERSION 3.6.0 in
 * `endpoint status` (etcd-io/etcd#20786 shows a 3.6.4 member's), and its snapshots carry it
 * (etcdutl printer.go's VERSION column).
 */
import { ETCD_VERSION } from '../version';

const [major, minor] = ETCD_VERSION.split('.');

export const ETCD_API_VERSION = `${major}.${minor}`;
export const ETCD_STORAGE_VERSION = `${major}.${minor}.0`;

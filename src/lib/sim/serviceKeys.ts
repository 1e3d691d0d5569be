/**
 * Where a Service and its endpoints are stored in etcd. Apart from services.ts so that a page can
 * name a Service's key without loading the controllers that write it.
 */
export const serviceKey = (ns: string, name: string) => `/registry/services/specs/${ns}/${name}`;
export const sliceKey = (ns: string, name: string) => `/registry/endpointslices/${ns}/${name}`;
export const endpointsKey = (ns: string, name: string) =>
	`/registry/services/endpoints/${ns}/${name}`;

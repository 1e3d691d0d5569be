/**
 * Actor ids, as the diagram and the tests name them (DESIGN.md's contract): the control plane's
 * components once each, the node-local ones suffixed with their node. Packet ends name a pod's
 * chip or a node's network stack instead.
 */
export const KUBECTL = 'kubectl';
export const API = 'kube-apiserver';
export const ETCD = 'etcd';
export const SCHED = 'kube-scheduler';
export const KCM = 'kube-controller-manager';
export const kubelet = (node: string) => `kubelet@${node}`;
export const proxy = (node: string) => `kube-proxy@${node}`;
export const runtime = (node: string) => `container-runtime@${node}`;
export const podEnd = (ns: string, name: string) => `pod:${ns}/${name}`;
export const nodeEnd = (node: string) => `node:${node}`;

/**
 * The one Kubernetes release every flow models, and what kubeadm installs with it
 * (cmd/kubeadm/app/constants/constants.go: SupportedEtcdVersion, CoreDNSVersion, PauseVersion;
 * `kubeadm config images list` at v1.34.0 gives registry.k8s.io/etcd:3.6.4-0,
 * registry.k8s.io/coredns/coredns:v1.12.1 and registry.k8s.io/pause:3.10.1). The release's own
 * version strings come from here; an image's size is the registry's (registry.ts), per tag.
 */
export const KUBERNETES_VERSION = 'v1.34.0';
export const ETCD_VERSION = '3.6.4';
export const COREDNS_IMAGE = 'registry.k8s.io/coredns/coredns:v1.12.1';
/** the sandbox image the container runtime is configured with (kubeadm's PauseVersion) */
export const PAUSE_IMAGE = 'registry.k8s.io/pause:3.10.1';
export const KUBE_PROXY_IMAGE = `registry.k8s.io/kube-proxy:${KUBERNETES_VERSION}`;
/** kubectl v1.34.0 vendors kustomize v5.7.1 (staging/src/k8s.io/kubectl/go.mod) */
export const KUSTOMIZE_VERSION = 'v5.7.1';

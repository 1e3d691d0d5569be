/**
 * The one Kubernetes release every flow models, and what kubeadm installs with it
 * (cmd/kubeadm/app/constants/constants.go: SupportedEtcdVersion, CoreDNSVersion, PauseVersion;
 * `kubeadm config images list` at v1.32.0 gives registry.k8s.io/etcd:3.5.16-0,
 * registry.k8s.io/coredns/coredns:v1.11.3 and registry.k8s.io/pause:3.10). The release's own
 * version strings come from here; an image's size is the registry's (registry.ts), per tag.
 */
export const KUBERNETES_VERSION = 'v1.32.0';
export const ETCD_VERSION = '3.5.16';
export const COREDNS_IMAGE = 'registry.k8s.io/coredns/coredns:v1.11.3';
/** the sandbox image the container runtime is configured with (kubeadm's PauseVersion) */
export const PAUSE_IMAGE = 'registry.k8s.io/pause:3.10';
export const KUBE_PROXY_IMAGE = `registry.k8s.io/kube-proxy:${KUBERNETES_VERSION}`;
/** kubectl v1.32.0 vendors kustomize v5.5.0 (staging/src/k8s.io/kubectl/go.mod) */
export const KUSTOMIZE_VERSION = 'v5.5.0';

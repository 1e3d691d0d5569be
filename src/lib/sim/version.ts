/**
 * The one Kubernetes release every flow models, and the etcd kubeadm installs with it
 * (cmd/kubeadm/app/constants/constants.go SupportedEtcdVersion: `kubeadm config images list` gives
 * registry.k8s.io/etcd:3.5.16-0). Every version string the simulation prints comes from here.
 */
export const KUBERNETES_VERSION = 'v1.32.0';
export const ETCD_VERSION = '3.5.16';

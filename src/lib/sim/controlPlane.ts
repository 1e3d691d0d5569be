/** The control-plane machine of every scenario's cluster (kubeadm's single control-plane node). */

/** its hostname: the scheduler's events name it, and so does its etcd member */
export const CONTROL_PLANE_HOST = 'control-plane';
/** its address: the apiserver's advertise address and etcd's */
export const CONTROL_PLANE_ADDRESS = '192.168.56.10';

/**
 * What change to the cluster could let a pod the scheduler refused be placed, read from the
 * FailedScheduling message: each filter that refused nodes names its cure. Both languages use it.
 */
export type Cure = 'labels' | 'taint' | 'room';

export function cures(message: string): Cure[] {
	// the preemption part after the first '.' repeats the counts, not the reasons
	const reasons = message.split('. preemption:')[0];
	const out: Cure[] = [];
	if (reasons.includes("didn't match Pod's node affinity/selector")) out.push('labels');
	if (reasons.includes('untolerated taint')) out.push('taint');
	if (/Insufficient|Too many pods/.test(reasons)) out.push('room');
	return out;
}

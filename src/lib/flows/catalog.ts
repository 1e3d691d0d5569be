/** The flows that exist. The gallery lists exactly these; no placeholders for flows to come. */
export const FLOWS = ['pod-creation', 'service'] as const;
export type FlowId = (typeof FLOWS)[number];

export function isFlowId(id: string): id is FlowId {
	return (FLOWS as readonly string[]).includes(id);
}

/**
 * Protocol buffers' wire format, as gogo-protobuf's generated code writes it for Kubernetes'
 * types: varints (negative numbers as ten-byte two's complement, as Go's uint64(x) makes them),
 * and length-delimited bytes (protobuf encoding guide: "Base 128 Varints", "Length-Delimited").
 */
export const VARINT = 0;
export const LENGTH = 2;

export class ProtoWriter {
	#bytes: number[] = [];

	tag(field: number, wire: number): this {
		return this.varint(BigInt(field) * 8n + BigInt(wire));
	}

	varint(n: number | bigint): this {
		let v = BigInt.asUintN(64, BigInt(n));
		do {
			const low = Number(v & 0x7fn);
			v >>= 7n;
			this.#bytes.push(v ? low | 0x80 : low);
		} while (v);
		return this;
	}

	bytes(b: Uint8Array | readonly number[]): this {
		this.varint(b.length);
		for (const x of b) this.#bytes.push(x);
		return this;
	}

	string(s: string): this {
		return this.bytes(new TextEncoder().encode(s));
	}

	done(): Uint8Array {
		return Uint8Array.from(this.#bytes);
	}
}

/**
 * The subset of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
 * text strings and definite-length arrays (its Rust structs are encoded as arrays of their fields).
 * Integers are written in their shortest form, as Pagefind's encoder (minicbor) writes them.
 */
export type Cbor = number | string | Cbor[];

/** Decode one CBOR item from `bytes`. */
export function decodeCbor(bytes: Uint8Array): Cbor {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const text = new TextDecoder();
	let at = 0;
	const argument = (info: number): number => {
		if (info < 24) return info;
		const size = 1 << (info - 24);
		const value =
			size === 1
				? view.getUint8(at)
				: size === 2
					? view.getUint16(at)
					: size === 4
						? view.getUint32(at)
						: Number(view.getBigUint64(at));
		at += size;
		return value;
	};
	const item = (): Cbor => {
		const head = view.getUint8(at++);
		const [major, info] = [head >> 5, head & 31];
		if (info > 27)
			throw new Error(`unsupported CBOR item 0x${head.toString(16)} at byte ${at - 1}`);
		const value = argument(info);
		if (major === 0) return value;
		if (major === 1) return -1 - value;
		if (major === 3) {
			const s = text.decode(bytes.subarray(at, at + value));
			at += value;
			return s;
		}
		if (major === 4) return Array.from({ length: value }, item);
		throw new Error(`unsupported CBOR major type ${major} at byte ${at - 1}`);
	};
	const result = item();
	if (at !== bytes.length) throw new Error(`${bytes.length - at} bytes left after the CBOR item`);
	return result;
}

/** Encode `value` as CBOR. */
export function encodeCbor(value: Cbor): Uint8Array {
	const out: number[] = [];
	const text = new TextEncoder();
	const head = (major: number, n: number) => {
		const type = major << 5;
		if (n < 24) out.push(type | n);
		else if (n < 0x100) out.push(type | 24, n);
		else if (n < 0x10000) out.push(type | 25, n >> 8, n & 0xff);
		else if (n < 0x100000000)
			out.push(type | 26, n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
		else throw new Error(`integer ${n} is too large for this encoder`);
	};
	const item = (v: Cbor): void => {
		if (typeof v === 'number') {
			if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
			if (v >= 0) head(0, v);
			else head(1, -1 - v);
		} else if (typeof v === 'string') {
			const bytes = text.encode(v);
			head(3, bytes.length);
			for (const b of bytes) out.push(b);
		} else {
			head(4, v.length);
			for (const x of v) item(x);
		}
	};
	item(value);
	return Uint8Array.from(out);
}

/**
 * The subset of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
 * text strings and definite-length arrays (its Rust structs are encoded as arrays of their fields).
 * Integers are written in their shortest form, as Pagefind's encoder (minicbor) writes them.
 */
export type Cbor = number | string | Cbor[];

/** Text strings up to this many bytes, if ASCII, are read without a TextDecoder (most of an index's words). */
const shortText = 24;

/** Decode one CBOR item from `bytes`. */
export function decodeCbor(bytes: Uint8Array): Cbor {
	const text = new TextDecoder();
	let at = 0;
	const take = (size: number) => {
		if (at + size > bytes.length)
			throw new Error(`CBOR item at byte ${at} runs past the end (${bytes.length} bytes)`);
		const from = at;
		at += size;
		return from;
	};
	const byte = (i: number) => bytes[i] as number;
	const argument = (info: number): number => {
		if (info < 24) return info;
		const size = 1 << (info - 24);
		const i = take(size);
		if (size === 1) return byte(i);
		if (size === 2) return (byte(i) << 8) | byte(i + 1);
		if (size === 4)
			return byte(i) * 0x1000000 + ((byte(i + 1) << 16) | (byte(i + 2) << 8) | byte(i + 3));
		return Number(new DataView(bytes.buffer, bytes.byteOffset + i, 8).getBigUint64(0));
	};
	const string = (length: number): string => {
		const from = take(length);
		if (length <= shortText) {
			let ascii = '';
			for (let i = from; i < at; i++) {
				const b = byte(i);
				if (b >= 0x80) return text.decode(bytes.subarray(from, at));
				ascii += String.fromCharCode(b);
			}
			return ascii;
		}
		return text.decode(bytes.subarray(from, at));
	};
	const item = (): Cbor => {
		const head = byte(take(1));
		const [major, info] = [head >> 5, head & 31];
		if (info > 27)
			throw new Error(`unsupported CBOR item 0x${head.toString(16)} at byte ${at - 1}`);
		const value = argument(info);
		if (major === 0) return value;
		if (major === 1) return -1 - value;
		if (major === 3) return string(value);
		if (major === 4) {
			const list = new Array<Cbor>(value);
			for (let i = 0; i < value; i++) list[i] = item();
			return list;
		}
		throw new Error(`unsupported CBOR major type ${major} at byte ${at - 1}`);
	};
	const result = item();
	if (at !== bytes.length) throw new Error(`${bytes.length - at} bytes left after the CBOR item`);
	return result;
}

/** Encode `value` as CBOR, into one buffer that doubles as it fills (not a byte at a time into an array). */
export function encodeCbor(value: Cbor): Uint8Array {
	let out = new Uint8Array(1 << 16);
	let at = 0;
	const room = (bytes: number) => {
		if (at + bytes <= out.length) return;
		let size = out.length * 2;
		while (size < at + bytes) size *= 2;
		const grown = new Uint8Array(size);
		grown.set(out.subarray(0, at));
		out = grown;
	};
	const text = new TextEncoder();
	const head = (major: number, n: number) => {
		room(5);
		const type = major << 5;
		if (n < 24) out[at++] = type | n;
		else if (n < 0x100) {
			out[at++] = type | 24;
			out[at++] = n;
		} else if (n < 0x10000) {
			out[at++] = type | 25;
			out[at++] = n >> 8;
			out[at++] = n & 0xff;
		} else if (n < 0x100000000) {
			out[at++] = type | 26;
			out[at++] = n >>> 24;
			out[at++] = (n >>> 16) & 0xff;
			out[at++] = (n >>> 8) & 0xff;
			out[at++] = n & 0xff;
		} else throw new Error(`integer ${n} is too large for this encoder`);
	};
	const item = (v: Cbor): void => {
		if (typeof v === 'number') {
			if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
			if (v >= 0) head(0, v);
			else head(1, -1 - v);
		} else if (typeof v === 'string') {
			const bytes = text.encode(v);
			head(3, bytes.length);
			room(bytes.length);
			out.set(bytes, at);
			at += bytes.length;
		} else {
			head(4, v.length);
			for (const x of v) item(x);
		}
	};
	item(value);
	return out.slice(0, at);
}

    // fpgo (scripts/build-pkg.sh): long text is encoded by TextEncoder.encodeInto into a buffer of
    // one byte per UTF-16 unit, grown for the rest when the text is not ASCII (as below).
    if (arg.length > 128) {
        let len = arg.length;
        let ptr = malloc(len, 1) >>> 0;
        const first = cachedTextEncoder.encodeInto(arg, getUint8ArrayMemory0().subarray(ptr, ptr + len));
        let written = first.written;
        if (first.read < arg.length) {
            const rest = arg.slice(first.read);
            ptr = realloc(ptr, len, len = written + rest.length * 3, 1) >>> 0;
            written += cachedTextEncoder.encodeInto(rest, getUint8ArrayMemory0().subarray(ptr + written, ptr + len)).written;
            ptr = realloc(ptr, len, written, 1) >>> 0;
        }
        WASM_VECTOR_LEN = written;
        return ptr;
    }

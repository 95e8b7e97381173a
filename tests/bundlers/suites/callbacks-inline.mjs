// fpgo/callbacks/inline (the .wasm inside the JavaScript) as a bundled Node app imports it.
import * as fpgo from "fpgo/callbacks/inline";
import { callbacksSuite } from "./callbacks-suite.mjs";

callbacksSuite(fpgo);

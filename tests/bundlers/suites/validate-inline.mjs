// fpgo/validate/inline (the .wasm inside the JavaScript) as a bundled Node app imports it.
import * as fpgo from "fpgo/validate/inline";
import { validateSuite } from "./validate-suite.mjs";

validateSuite(fpgo);

// fpgo/callbacks as a Node app imports it.
import * as fpgo from "fpgo/callbacks";
import { callbacksSuite } from "./callbacks-suite.mjs";

callbacksSuite(fpgo);

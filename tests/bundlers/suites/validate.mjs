// fpgo/validate as a Node app imports it.
import * as fpgo from "fpgo/validate";
import { validateSuite } from "./validate-suite.mjs";

validateSuite(fpgo);

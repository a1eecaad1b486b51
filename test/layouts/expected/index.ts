/** Every hand-written expectation, one per fixture (see ../README.md). */
import { expected as L1 } from "./L1-project-central";
import { expected as L2 } from "./L2-project-anhui";
import { expected as L3 } from "./L3-project-yunnan";
import { expected as L4 } from "./L4-project-method";
import { expected as L5 } from "./L5-project-sichuan";
import { expected as L5low } from "./L5-project-sichuan-rate-low";
import { expected as L6 } from "./L6-indicator-hubei";
import { expected as L7 } from "./L7-indicator-yinchuan";
import { expected as L10 } from "./L10-transfer-central";
import { expected as L11 } from "./L11-transfer-county";
import { expected as L12 } from "./L12-department-project-shape";
import { expected as L13 } from "./L13-department-flat";
import { expected as L14 } from "./L14-indicator-scoring";
import { expected as L14a } from "./L14a-indicator-department-scoring";
import { expected as L16 } from "./L16-target-hunan";
import { expected as L17 } from "./L17-target-template";
import { expected as L19 } from "./L19-target-scored";
import { expected as bundle } from "./bundle-final-accounts";
import type { LayoutExpectation } from "./types";

export const EXPECTATIONS: LayoutExpectation[] = [L1, L2, L3, L4, L5, L5low, L10, L11, L12, L13, L6, L7, L14, L14a, L16, L17, L19, bundle];
export type { LayoutExpectation, Kind } from "./types";

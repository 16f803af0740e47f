import { ndr } from "../../../src/core/kpi/ndr";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";

runCoreCases(loadCases("NDR"), ndr as (...args: unknown[]) => ReturnType<typeof ndr>);

import { nps } from "../../../src/core/kpi/nps";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";

runCoreCases(loadCases("NPS"), nps as (...args: unknown[]) => ReturnType<typeof nps>);

import { clv } from "../../../src/core/kpi/clv";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";

runCoreCases(loadCases("CLV"), clv as (...args: unknown[]) => ReturnType<typeof clv>);

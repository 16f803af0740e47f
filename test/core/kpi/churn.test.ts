import { churn } from "../../../src/core/kpi/churn";
import { loadCases } from "../../support/cases";
import { runCoreCases } from "../../support/core-cases";

runCoreCases(loadCases("CHURN"), churn as (...args: unknown[]) => ReturnType<typeof churn>);

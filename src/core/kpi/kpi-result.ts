import { KpiError } from "../errors/kpi-error";

/** A KPI's value, or the error that explains why there is none. */
export type KpiResult = number | KpiError;

// The example loan log: the two loans of the seed's January 2024 verification
// log (facts §6, seed 5). Shown on /kiva as "import this to try".
import type { TLoanLog } from "./loan-log";
import { BLOG_POSTS } from "@/lib/data/seed/blog-posts";

export const EXAMPLE_LOAN_LOG_SOURCE = BLOG_POSTS.kivaLog2024;
export const EXAMPLE_LOAN_LOG_CONFIDENCE = "H" as const;
export const EXAMPLE_LOAN_LOG_EFFECTIVE_FROM = "2024-01-01";

export const EXAMPLE_LOAN_LOG: TLoanLog = {
  version: 1,
  loans: [
    {
      loanNumber: 2705613,
      country: "Philippines",
      fieldPartner: "Negros Women for Tomorrow Foundation",
      termMonths: 8,
      amountUsd: 30,
      amountJpy: 4727.5, // "30USD(≒4,727.5円)" in the post
      startMonth: "2024-01",
      repaidUsd: 0,
    },
    {
      loanNumber: 2707642,
      country: "Nicaragua",
      fieldPartner: "FUNDENUSE",
      termMonths: 8,
      amountUsd: 30,
      amountJpy: 4727.5,
      startMonth: "2024-01",
      repaidUsd: 0,
    },
  ],
};

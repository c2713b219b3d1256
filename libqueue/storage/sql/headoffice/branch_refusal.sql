SELECT branch_refusal(?)

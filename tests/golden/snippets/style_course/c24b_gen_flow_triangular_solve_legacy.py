# the older torch.triangular_solve returns (solution, cloned_coefficient)
import torch

A = torch.tensor([[2.0, 1.0], [0.0, 4.0]], dtype=torch.float64)
b = torch.tensor([[4.0], [8.0]], dtype=torch.float64)
out = torch.triangular_solve(b, A, upper=True)
print(type(out).__name__)
print(out.solution)
print(out.cloned_coefficient)
sol, _ = torch.triangular_solve(b, A.T, upper=False, transpose=True)
print(sol)

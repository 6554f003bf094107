# solve_ex and inv_ex report a singular matrix through info instead of raising.
import torch

S = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
res, info = torch.linalg.solve_ex(S, torch.tensor([1.0, 2.0]))
print(info)
inv, info2 = torch.linalg.inv_ex(S)
print(info2)
try:
    torch.linalg.solve(S, torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(type(e).__name__, e)

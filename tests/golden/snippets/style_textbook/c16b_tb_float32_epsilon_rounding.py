# 1 + eps/2 rounds back to 1 in float32 but not in float64.
import torch

eps32 = torch.finfo(torch.float32).eps
one = torch.tensor(1.0)
print(one + eps32 == one, one + eps32 / 2 == one)
print(torch.tensor(1.0, dtype=torch.float64) + eps32 / 2 == 1.0)
big = torch.tensor(16777216.0)
print(big + 1 == big, (big + 2).item())
print(torch.tensor(0.1) + torch.tensor(0.2) == torch.tensor(0.3))
print((torch.tensor(0.1, dtype=torch.float64) + 0.2).item())
print(torch.tensor(1e-45), torch.tensor(1e-46), torch.tensor(3.5e38) * 10)

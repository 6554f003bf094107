# the same residual in float32 and float64: the float32 one is not zero
import torch

for dtype in (torch.float32, torch.float64):
    x = torch.tensor([0.1, 0.2, 0.3], dtype=dtype)
    res = (x[0] + x[1]) - x[2]
    print(dtype, res.item() == 0.0, abs(res.item()) < 1e-6)
print(torch.tensor(0.1, dtype=torch.float64).item(), torch.tensor(0.1).item())

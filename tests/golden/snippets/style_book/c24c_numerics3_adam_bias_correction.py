# Section 4.10: Adam's first step has size lr regardless of gradient scale
import torch

for scale in (1e-3, 1.0, 1e3):
    p = torch.nn.Parameter(torch.tensor([0.0], dtype=torch.float64))
    opt = torch.optim.Adam([p], lr=0.1)
    p.grad = torch.tensor([scale], dtype=torch.float64)
    opt.step()
    print(scale, round(p.item(), 8))

# Recording loss per step and averaging it in chunks with view and mean.
import torch

g = torch.Generator().manual_seed(0)
lossi = []
for i in range(40):
    lossi.append((2.5 - 0.02 * i + 0.1 * torch.randn((), generator=g)).log10().item())
t = torch.tensor(lossi).view(-1, 10).mean(1)
print(t)
print(min(lossi), max(lossi))
print(torch.tensor(lossi)[:4])

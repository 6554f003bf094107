# Q: why does x.sum() differ from sum(x.tolist())? float32 accumulation; use float64 to compare.
import torch

torch.manual_seed(0)
x = torch.rand(1000)
print(x.sum().item(), sum(x.tolist()))
print(x.double().sum().item(), abs(x.sum().item() - x.double().sum().item()) < 1e-3)
print(x.mean().item(), x.sum().item() / 1000)
y = torch.full((10,), 0.1)
print(y.sum().item(), y.sum() == 1.0, torch.isclose(y.sum(), torch.tensor(1.0)))
print(torch.tensor(0.1) + torch.tensor(0.2) == torch.tensor(0.3))
print(0.1 + 0.2 == 0.3, torch.tensor(0.1, dtype=torch.float64) + 0.2)
big = torch.tensor([1e8, 1.0, -1e8])
print(big.sum().item(), big.double().sum().item())
print(torch.tensor(16777217.0).item(), torch.tensor(16777217.0, dtype=torch.float64).item())
print(x[:7].sum().item(), x[:7].cumsum(0)[-1].item())

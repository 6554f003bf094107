# Numerical stability: softmax of large logits overflows when written naively; subtracting the max fixes it.
import torch

z = torch.tensor([[10.0, 20.0, 30.0], [100.0, 200.0, 300.0], [-800.0, -801.0, -802.0]])
naive = torch.exp(z) / torch.exp(z).sum(dim=1, keepdim=True)
print(naive)
shifted = z - z.max(dim=1, keepdim=True).values
stable = torch.exp(shifted) / torch.exp(shifted).sum(dim=1, keepdim=True)
print(stable)
print(torch.softmax(z, dim=1))
print(torch.isnan(naive).sum(), torch.isinf(torch.exp(z)).sum())
logp = torch.log_softmax(z, dim=1)
print(logp)
print(torch.log(stable))
print(torch.exp(torch.tensor(88.0)), torch.exp(torch.tensor(89.0)))
print(torch.exp(torch.tensor(89.0, dtype=torch.float64)))
print(torch.finfo(torch.float32).max, torch.log(torch.tensor(torch.finfo(torch.float32).max)))

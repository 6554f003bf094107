# A Beta variational posterior trained through rsample
import torch
from torch.distributions import Beta

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
torch.manual_seed(50)
s = Beta(a, b).rsample((100,))
loss = (s - 0.8).pow(2).mean()
loss.backward()
print(s.shape, bool(0 < s.min()), bool(s.max() < 1))
print(bool(a.grad < 0), bool(b.grad > 0))

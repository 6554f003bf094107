# A Beta variational posterior's KL to a Beta prior, and its gradient
import torch
from torch.distributions import Beta, kl_divergence

a = torch.tensor(3.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
kl = kl_divergence(Beta(a, b), Beta(torch.tensor(1.0), torch.tensor(1.0)))
kl.backward()
print(kl, a.grad, b.grad)
print(Beta(a, b).entropy(), Beta(a, b).mean)

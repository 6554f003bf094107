# Reparameterised sampling from a Uniform with learnable bounds
import torch
from torch.distributions import Uniform

low = torch.tensor([0.0, -1.0], requires_grad=True)
high = torch.tensor([1.0, 1.0], requires_grad=True)
torch.manual_seed(53)
u = Uniform(low, high)
x = u.rsample()
x.sum().backward()
print(x)
print(low.grad, high.grad)
print(u.entropy())
print(u.log_prob(torch.tensor([0.5, 0.0])))
try:
    u.log_prob(torch.tensor([1.5, 0.0]))
except ValueError as e:
    print(type(e).__name__)

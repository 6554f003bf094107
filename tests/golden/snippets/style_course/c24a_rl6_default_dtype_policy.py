# Policies under torch.set_default_dtype(torch.float64)
import torch
from torch.distributions import Categorical, Normal

torch.set_default_dtype(torch.float64)
net = torch.nn.Linear(2, 3)
print(net.weight.dtype)
d = Categorical(logits=torch.tensor([0.0, 1.0, 2.0]))
print(d.probs.dtype, d.sample().dtype)
n = Normal(0.0, 1.0)
print(n.loc.dtype, n.sample().dtype)
print(torch.tensor([1.5]).dtype, torch.arange(3.0).dtype)
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.5]).dtype)

import torch
import torch.nn as nn
from torch.distributions import Categorical

torch.manual_seed(31)
pi = nn.Linear(2, 3)
saved = []
for _ in range(4):
    d = Categorical(logits=pi(torch.randn(2)))
    saved.append(d.log_prob(d.sample()))
stacked = torch.stack(saved)
print(stacked.shape, stacked.grad_fn.name())
print(torch.cat([s.unsqueeze(0) for s in saved]).grad_fn.name())
print(len(saved), saved[0].shape)

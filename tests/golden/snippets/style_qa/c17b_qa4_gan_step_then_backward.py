# Q: optimizer.step() between two backward calls - "modified by an inplace operation"
import torch
from torch import nn

torch.manual_seed(0)
gen = nn.Linear(2, 3)
critic = nn.Linear(3, 1)
opt_c = torch.optim.SGD(critic.parameters(), lr=0.1)
fake = gen(torch.randn(4, 2))
score = critic(fake).mean()
score.backward(retain_graph=True)
opt_c.step()
try:
    (-score).backward()
except RuntimeError as e:
    print(e)

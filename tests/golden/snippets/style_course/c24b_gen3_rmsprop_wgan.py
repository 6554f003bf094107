# RMSprop as in the original WGAN, its repr and state after a step
import torch
import torch.nn as nn

torch.manual_seed(94)
critic = nn.Linear(2, 1)
opt = torch.optim.RMSprop(critic.parameters(), lr=5e-5)
print(opt)
critic(torch.ones(3, 2)).mean().backward()
opt.step()
st = opt.state[critic.weight]
print(sorted(st), st["step"])
print(st["square_avg"])

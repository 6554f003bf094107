import torch
import torch.nn as nn

torch.manual_seed(8)
behaviour = nn.Linear(3, 4)
frozen = nn.Linear(3, 4)
frozen.requires_grad_(False)
obs_next = torch.randn(5, 3)
rew = torch.tensor([0.0, 1.0, 0.0, 1.0, 0.5])
term = torch.tensor([False, False, True, False, False])
a_star = behaviour(obs_next).detach().max(dim=-1).indices
q_eval = frozen(obs_next)[torch.arange(5), a_star]
y = rew + 0.9 * q_eval * term.logical_not()
print(a_star)
print(q_eval)
print(y, y.requires_grad)

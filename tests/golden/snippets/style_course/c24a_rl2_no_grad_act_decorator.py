# An act() method decorated with no_grad
import torch
import torch.nn as nn

torch.manual_seed(28)
class Agent(nn.Module):
    def __init__(self):
        super().__init__()
        self.q = nn.Linear(3, 2)
    @torch.no_grad()
    def act(self, obs):
        return self.q(obs).argmax(-1)
agent = Agent()
obs = torch.randn(4, 3)
a = agent.act(obs)
print(a.shape, a.dtype, a.requires_grad)
print(agent.act.__name__)
print(agent.q(obs).requires_grad, torch.is_grad_enabled())
@torch.enable_grad()
def f(x):
    return x * 2
with torch.no_grad():
    y = f(torch.ones(1, requires_grad=True))
print(y.requires_grad)

# REINFORCE-style sampling: Categorical over action logits, log_prob, entropy and a policy loss.
import torch
from torch.distributions import Categorical, Normal

torch.manual_seed(0)
logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, 0.1, 3.0]], requires_grad=True)
m = Categorical(logits=logits)
print(m)
action = m.sample()
print(action)
print(m.log_prob(action))
print(m.entropy())
print(m.probs)
rewards = torch.tensor([1.0, -0.5])
loss = -(m.log_prob(action) * rewards).sum()
loss.backward()
print(logits.grad)
n = Normal(torch.tensor([0.0]), torch.tensor([1.0]))
s = n.sample((3,))
print(s.shape, n.log_prob(torch.tensor([0.0])), n.mean, n.stddev)
print(Normal(0.0, 2.0).rsample((2,)))

# Q: sampling actions with torch.distributions.Categorical: log_prob, entropy, and REINFORCE's loss.
import torch
from torch.distributions import Categorical, Normal

torch.manual_seed(0)
logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, 0.1, 3.0]], requires_grad=True)
dist = Categorical(logits=logits)
print(dist)
a = dist.sample()
print(a, dist.log_prob(a), dist.entropy())
print(dist.probs)
returns = torch.tensor([1.0, -0.5])
loss = -(dist.log_prob(a) * returns).mean()
loss.backward()
print(loss, logits.grad)
n = Normal(torch.tensor([0.0]), torch.tensor([1.0]))
s = n.sample((3,))
print(s.shape, n.log_prob(torch.tensor([0.0])), n.entropy())
print(Categorical(probs=torch.tensor([0.2, 0.8])).sample((5,)))
try:
    Categorical(probs=torch.tensor([0.2, -0.8]))
except ValueError as e:
    print("ValueError:", str(e)[:120])

import torch
from torch.distributions import Categorical

logits = torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 0.0]], requires_grad=True)
dist = Categorical(logits=logits)
ent = dist.entropy()
print(ent)
print(dist.probs)
loss = -0.01 * ent.mean()
loss.backward()
print(logits.grad)
print(ent.grad_fn is not None)

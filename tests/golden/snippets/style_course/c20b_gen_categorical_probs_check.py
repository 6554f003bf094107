# Categorical with unnormalised probs and a batch of logits
import torch
from torch.distributions import Categorical

torch.manual_seed(70)
d = Categorical(probs=torch.tensor([2.0, 1.0, 1.0]))
print(d.probs, d.logits)
print(d.sample((5,)))
b = Categorical(logits=torch.tensor([[0.0, 0.0], [5.0, -5.0]]))
print(b.batch_shape, b.event_shape, b.entropy())
print(b.log_prob(torch.tensor([1, 0])))
try:
    Categorical(probs=torch.tensor([0.5, -0.5]))
except ValueError as e:
    print("ValueError:", e)

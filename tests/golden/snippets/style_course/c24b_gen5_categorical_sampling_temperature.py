# sampling tokens from decoder logits at several temperatures
import torch
from torch.distributions import Categorical

torch.manual_seed(1410)
scores = torch.tensor([2.0, 1.0, 0.1])
for temp in (0.5, 1.0, 2.0):
    dist = Categorical(logits=scores / temp)
    print(temp, dist.probs, round(dist.entropy().item(), 4))
print(Categorical(logits=scores).sample(torch.Size([6])))
print(torch.multinomial(scores.softmax(0), 4, replacement=True))

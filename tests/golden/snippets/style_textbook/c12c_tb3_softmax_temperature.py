# Softmax chapter: temperature scaling and entropy of the distribution.
import torch
import torch.nn.functional as F

logits = torch.tensor([2.0, 1.0, 0.1, -1.0])
for T in (0.1, 0.5, 1.0, 2.0, 10.0):
    p = F.softmax(logits / T, dim=0)
    entropy = -(p * p.log()).sum()
    print(T, p, entropy.item())
print(torch.distributions.Categorical(logits=logits).entropy())
print(F.softmax(logits / 0.01, dim=0))
print(F.log_softmax(logits / 0.01, dim=0))

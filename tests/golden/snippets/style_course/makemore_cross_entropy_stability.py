# cross_entropy stays finite for extreme logits where exp() by hand overflows.
import torch
import torch.nn.functional as F

logits = torch.tensor([[-100.0, -3.0, 0.0, 100.0]])
counts = logits.exp()
probs = counts / counts.sum(1, keepdims=True)
print(counts)
print(probs)
print(F.cross_entropy(logits, torch.tensor([3])))
print(F.cross_entropy(logits, torch.tensor([0])))
print((logits - logits.max(1, keepdim=True).values).exp())

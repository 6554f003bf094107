# Softmax revisited: naive exp overflows for big logits, subtracting the max or logsumexp stays finite.
import torch
import torch.nn.functional as F

logits = torch.tensor([[90.0, 91.0, 92.0], [-3.0, 0.5, 2.0]])
labels = torch.tensor([2, 0])
naive = torch.exp(logits) / torch.exp(logits).sum(1, keepdim=True)
print(naive)
shifted = logits - logits.max(dim=1, keepdim=True).values
stable = torch.exp(shifted) / torch.exp(shifted).sum(1, keepdim=True)
print(stable)
log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
print(log_probs)
print(-log_probs[torch.arange(2), labels])
print(F.cross_entropy(logits, labels, reduction='none'))
print(F.cross_entropy(logits, labels))
print(torch.log(naive[torch.arange(2), labels]))
print(F.log_softmax(logits, dim=1).exp().sum(1))

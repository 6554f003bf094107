# Perplexity as exp of the average cross-entropy: a uniform model, a perfect model, and a random one.
import math
import torch
import torch.nn.functional as F

vocab = 10
targets = torch.tensor([3, 1, 4, 1, 5, 9, 2, 6])
uniform = torch.zeros(len(targets), vocab)
print(math.exp(F.cross_entropy(uniform, targets).item()))
perfect = torch.full((len(targets), vocab), -1e4)
perfect[torch.arange(len(targets)), targets] = 0
print(math.exp(F.cross_entropy(perfect, targets).item()))
torch.manual_seed(0)
rand_logits = torch.randn(len(targets), vocab)
l = F.cross_entropy(rand_logits, targets)
print(l, torch.exp(l))
log_probs = F.log_softmax(rand_logits, dim=-1)
nll = -log_probs[torch.arange(len(targets)), targets]
print(nll.mean(), torch.exp(nll.mean()))
print(F.cross_entropy(rand_logits, targets, reduction="sum") / len(targets))

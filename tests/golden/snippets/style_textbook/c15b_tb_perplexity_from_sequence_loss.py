# Perplexity: exponentiated average cross-entropy of next-token predictions over a sequence.
import math
import torch
import torch.nn.functional as F

torch.manual_seed(22)
vocab, steps, batch = 7, 5, 2
logits = torch.randn(batch, steps, vocab)
targets = torch.randint(0, vocab, (batch, steps))
l = F.cross_entropy(logits.reshape(-1, vocab), targets.reshape(-1))
print(l, torch.exp(l))
per_token = F.cross_entropy(logits.permute(0, 2, 1), targets, reduction='none')
print(per_token.shape, per_token.mean())
uniform = torch.zeros(batch, steps, vocab)
print(torch.exp(F.cross_entropy(uniform.reshape(-1, vocab), targets.reshape(-1))))
perfect = F.one_hot(targets, vocab).float() * 100
print(math.exp(F.cross_entropy(perfect.reshape(-1, vocab), targets.reshape(-1)).item()))

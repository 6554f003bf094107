# Perplexity is exp of the mean token cross-entropy
import math
import torch
import torch.nn.functional as F

torch.manual_seed(6)
vocab = 10
logits = torch.randn(4, 7, vocab)
targets = torch.randint(0, vocab, (4, 7))
l = F.cross_entropy(logits.reshape(-1, vocab), targets.reshape(-1))
print(f"loss {l.item():.4f} perplexity {math.exp(l.item()):.3f}")
uniform = torch.zeros(1, vocab)
print(f"uniform perplexity {torch.exp(F.cross_entropy(uniform, torch.tensor([3]))).item():.4f}")
perfect = torch.full((1, vocab), -1e9); perfect[0, 3] = 0
print(torch.exp(F.cross_entropy(perfect, torch.tensor([3]))))

# cross-entropy from logits: naive, log-sum-exp, and F.cross_entropy
import torch
import torch.nn.functional as F

torch.manual_seed(14)
logits = torch.randn(4, 5, requires_grad=True)
y = torch.tensor([1, 0, 4, 2])
naive = -torch.log(torch.exp(logits) / torch.exp(logits).sum(1, keepdim=True))[range(4), y].mean()
m = logits.max(1, keepdim=True).values
lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(1))
stable = (lse - logits[torch.arange(4), y]).mean()
ref = F.cross_entropy(logits, y)
print(naive, stable, ref)
g, = torch.autograd.grad(stable, logits)
expected = (F.softmax(logits, 1) - F.one_hot(y, 5)) / 4
print(torch.allclose(g, expected, atol=1e-6))

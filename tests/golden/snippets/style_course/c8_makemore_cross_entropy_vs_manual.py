# Why F.cross_entropy instead of the manual counts/probs chain: equal values, stability on large logits.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
logits = torch.randn(5, 27, generator=g)
Y = torch.tensor([5, 13, 13, 1, 0])
counts = logits.exp()
prob = counts / counts.sum(1, keepdims=True)
loss_manual = -prob[torch.arange(5), Y].log().mean()
loss_f = F.cross_entropy(logits, Y)
print(loss_manual, loss_f, torch.isclose(loss_manual, loss_f))
big = torch.tensor([[-100.0, -3.0, 0.0, 100.0]])
counts = big.exp()
print(counts, counts / counts.sum())
print(F.cross_entropy(big, torch.tensor([3])), F.softmax(big, dim=1))
print((big - big.max()).exp() / (big - big.max()).exp().sum())
print(F.cross_entropy(torch.zeros(1, 27), torch.tensor([0])), torch.tensor(27.0).log())

# makemore: F.cross_entropy vs log_softmax + gather vs manual logsumexp, and the loss at initialization log(27).
import math
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
logits = torch.randn(32, 27, generator=g) * 0.01
Y = torch.randint(0, 27, (32,), generator=g)
l1 = F.cross_entropy(logits, Y)
l2 = -F.log_softmax(logits, dim=1).gather(1, Y.unsqueeze(1)).mean()
l3 = (torch.logsumexp(logits, dim=1) - logits[torch.arange(32), Y]).mean()
print(l1, l2, l3)
print(math.log(27), torch.allclose(l1, l2), torch.allclose(l1, l3))
big = torch.tensor([[100.0, -100.0, 0.0]])
print(F.cross_entropy(big, torch.tensor([1])), F.cross_entropy(big * 10, torch.tensor([0])))
counts = big.exp()
print(counts, counts / counts.sum(1, keepdim=True))
print(F.cross_entropy(logits, Y, reduction="sum") / 32, F.cross_entropy(logits, Y, reduction="none")[:3])

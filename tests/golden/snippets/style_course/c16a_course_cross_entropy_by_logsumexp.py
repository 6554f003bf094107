# cross_entropy written out: logits - logsumexp, picking the target column
import torch
import torch.nn.functional as F

torch.manual_seed(1651)
logits = torch.randn(5, 4) * 3
targets = torch.tensor([3, 0, 1, 1, 2])
logprobs = logits - logits.logsumexp(dim=1, keepdim=True)
manual = -logprobs[range(5), targets].mean()
print(manual.item(), F.cross_entropy(logits, targets).item())
counts = logits.exp()
naive = -(counts / counts.sum(1, keepdims=True)).log()[range(5), targets].mean()
print(naive.item())
print(F.cross_entropy(logits, targets, reduction="none"))
print(F.nll_loss(F.log_softmax(logits, 1), targets, reduction="sum").item())

# cross_entropy equals log_softmax followed by nll_loss; checking with several reductions.
import torch
import torch.nn.functional as F

torch.manual_seed(4)
logits = torch.randn(5, 3, requires_grad=True)
targets = torch.tensor([0, 2, 1, 1, 0])
ce = F.cross_entropy(logits, targets)
manual = F.nll_loss(F.log_softmax(logits, dim=1), targets)
by_hand = -(logits.gather(1, targets[:, None]) - logits.logsumexp(1, keepdim=True)).mean()
print(ce, manual)
print(torch.allclose(ce, by_hand))
print(F.cross_entropy(logits, targets, reduction='none'))
print(F.cross_entropy(logits, targets, reduction='sum').item() / 5)
ce.backward()
print(logits.grad.sum(dim=1).abs().max() < 1e-6)
print(torch.nn.CrossEntropyLoss(ignore_index=1)(logits, targets))

import torch
import torch.nn.functional as F

logp = F.log_softmax(torch.tensor([[[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]], [[0.5, 0.5], [3.0, 0.0], [0.0, 0.0]]]), dim=1)
print(logp.shape)
target = torch.tensor([[0, 1], [1, 0]])
print(F.nll_loss(logp, target, reduction="none"))
print(F.nll_loss(logp, target, ignore_index=1))
try:
    F.nll_loss(logp, target.view(-1))
except Exception as e:
    print(type(e).__name__, e)

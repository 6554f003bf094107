# nll_loss with an int32 target, and after .long().
import torch
import torch.nn.functional as F

logp = torch.log_softmax(torch.tensor([[1.0, 2.0], [3.0, 0.5]]), dim=1)
t = torch.tensor([1, 0], dtype=torch.int32)
try:
    F.nll_loss(logp, t)
except RuntimeError as e:
    print(type(e).__name__, e)
print(F.nll_loss(logp, t.long()))

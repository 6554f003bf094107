import torch
import torch.nn.functional as F

logp = F.log_softmax(torch.tensor([[1.0, 2.0, 0.0], [0.5, 0.5, 3.0], [2.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), dim=1)
tgt = torch.tensor([1, 2, -100, 0])
print(f"{F.nll_loss(logp, tgt).item():.4f}")
w = torch.tensor([1.0, 2.0, 0.5])
print(f"{F.nll_loss(logp, tgt, weight=w).item():.4f}")
print(F.nll_loss(logp, torch.full((4,), -100)))
try:
    F.nll_loss(logp, torch.tensor([1, 2, 3, 0]))
except Exception as e:
    print(type(e).__name__, e)

import torch, torch.nn.functional as F
torch.manual_seed(0)
a = torch.randn(5, requires_grad=True); b = torch.randn(5); w = torch.rand(5)
for red in ("mean", "sum", "none"):
    l = F.huber_loss(a, b, reduction=red, delta=0.5, weight=w); print(l, l.grad_fn)
try: F.huber_loss(a, b, delta=0.0)
except RuntimeError as e: print(e)
try: F.huber_loss(a, b, weight=torch.rand(3))
except ValueError as e: print(e)

# collecting losses in a list then converting
import torch

torch.manual_seed(24)
w = torch.randn(1, requires_grad=True)
losses = [(w * i).sum() for i in range(3)]
try:
    torch.tensor(losses)
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
print(torch.stack(losses))
print(torch.tensor([l.item() for l in losses]))

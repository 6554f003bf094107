import torch

mask = torch.tensor([True, False, True, True])
try:
    mask.mean()
except Exception as e:
    print(type(e).__name__, e)
print(mask.sum(), mask.sum().dtype, mask.float().mean())
print(mask.double().mean().dtype, mask.long().sum() / mask.numel())
print(mask.any(), mask.all(), (~mask).nonzero().view(-1))

# Quiz: sin saves its input. The input is zeroed in place. Then backward.
import torch

leaf = torch.tensor([0.5, 1.5], requires_grad=True)
mid = leaf * 1
out = mid.sin()
mid.zero_()
try:
    out.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
print(mid._version, out._version)

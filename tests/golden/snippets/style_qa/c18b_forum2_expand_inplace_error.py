# Q: in-place add on an expanded tensor errors out
import torch

bias = torch.tensor([1.0, 2.0]).expand(3, 2)
print(bias.stride())
try:
    bias.add_(1.0)
except RuntimeError as err:
    print(err)
fixed = bias.clone()
fixed.add_(1.0)
print(fixed)
print(bias.contiguous().stride())

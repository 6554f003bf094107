# Q: "a Tensor with 4 elements cannot be converted to Scalar" from loss.item() with reduction='none'.
import torch
from torch import nn

pred = torch.tensor([0.2, 1.4, -0.3, 2.2])
target = torch.tensor([0.0, 1.0, 0.0, 2.0])
per_sample = nn.MSELoss(reduction='none')(pred, target)
print(per_sample)
try:
    print(per_sample.item())
except RuntimeError as e:
    print(e)
print(per_sample.mean().item(), per_sample.sum().item())
try:
    float(per_sample)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(float(per_sample[1]), int(torch.tensor([[7]])))
print(torch.tensor([3.5]).item(), torch.tensor(True).item(), torch.tensor([[9]]).item())

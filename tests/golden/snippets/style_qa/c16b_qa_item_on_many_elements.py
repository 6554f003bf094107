# Q: a Tensor with 2 elements cannot be converted to Scalar
import torch

losses = torch.tensor([0.5, 0.25])
try:
    losses.item()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    float(losses)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(losses.mean().item(), torch.tensor([[7]]).item(), int(torch.tensor([3.9])))
try:
    torch.tensor([]).item()
except RuntimeError as e:
    print(type(e).__name__, e)

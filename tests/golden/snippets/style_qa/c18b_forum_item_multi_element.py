# Q: "a Tensor with 2 elements cannot be converted to Scalar"
import torch

losses = torch.tensor([0.25, 0.75])
try:
    print(losses.item())
except RuntimeError as err:
    print(err)
print(losses.mean().item())
print(losses.tolist())
try:
    float(losses)
except (RuntimeError, TypeError) as err:
    print(type(err).__name__, err)
print(float(losses[1]), int(torch.tensor([[3]])))

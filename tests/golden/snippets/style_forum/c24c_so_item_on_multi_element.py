# Q: a Tensor with 2 elements cannot be converted to Scalar
import torch

loss = torch.tensor([0.25, 0.75])
try:
    loss.item()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    if loss > 0.5:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
print(loss.mean().item(), (loss > 0.5).any().item())
print(torch.tensor([[3]]).item())

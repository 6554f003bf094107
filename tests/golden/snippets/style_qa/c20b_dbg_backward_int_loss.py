# counting errors as the "loss"
import torch

pred = torch.tensor([0.2, 0.8, 0.6], requires_grad=True)
target = torch.tensor([0, 1, 0])
errors = ((pred > 0.5).long() != target).sum()
print(errors, errors.dtype, errors.requires_grad)
try:
    errors.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
soft = ((pred - target) ** 2).sum()
soft.backward()
print(pred.grad)

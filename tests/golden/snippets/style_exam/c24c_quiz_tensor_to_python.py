# Quiz 28: converting tensors that require grad
import torch

x = torch.tensor([1.5, 2.5], requires_grad=True)
print(x.sum().item(), x.tolist())
try:
    x.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.detach().numpy())
print(float(x[0]), int(x[1]))
try:
    float(x)
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)

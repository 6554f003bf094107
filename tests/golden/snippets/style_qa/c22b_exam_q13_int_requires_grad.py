import torch

# Q13. Can an integer tensor require gradients?
try:
    torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
x = torch.tensor([1.0, 2.0], requires_grad=True)
n = x.long()
print(n.requires_grad, n.dtype)
print(x.round().requires_grad, x.round().grad_fn.name())

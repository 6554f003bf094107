import torch

x = torch.tensor([1., 2.], requires_grad=True)
try:
    x.grad = torch.tensor([1., 2., 3.])
except RuntimeError as e:
    print(type(e).__name__, e)
x.grad = torch.tensor([1, 2])

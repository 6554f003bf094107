import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
try:
    y.backward(torch.ones(3))
except RuntimeError as e:
    print(type(e).__name__, e)
y.backward(torch.ones(2, 1))

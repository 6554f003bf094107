import torch

t = torch.tensor([1., 2.])
try:
    t.register_hook(lambda g: g)
except RuntimeError as e:
    print(type(e).__name__, e)
x = torch.tensor([1., 2.], requires_grad=True)
print(x.register_hook(lambda g: g) is not None)

import torch

x = torch.tensor(1., requires_grad=True)
y = x * 5
y.register_hook(lambda g: print("first", g) or g * 2)
y.register_hook(lambda g: print("second", g) or g + 1)
y.backward()
print(x.grad)

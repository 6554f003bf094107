# Quiz: two hooks on the same tensor. In what order do they run and what is x.grad?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
x.register_hook(lambda g: print("first", g) or g * 10)
x.register_hook(lambda g: print("second", g))
(x * 3).sum().backward()
print(x.grad)

# Quiz 4: which line raises and what is the version counter?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.clone()
z = y.pow(2)
print("version before:", y._version)
y.add_(1)
print("version after:", y._version)
try:
    z.sum().backward()
except RuntimeError as e:
    print(e)

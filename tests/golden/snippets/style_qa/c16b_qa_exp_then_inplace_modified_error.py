# Q: "one of the variables needed for gradient computation has been modified by an inplace operation"
import torch

x = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
y = x.exp()
z = y.sum()
y += 1
try:
    z.backward()
except RuntimeError as e:
    print(e)

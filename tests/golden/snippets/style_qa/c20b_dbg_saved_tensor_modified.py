# error after I added relu_ to save memory
import torch

x = torch.randn(5, requires_grad=True)
y = x.sigmoid()
y.mul_(2)
try:
    y.sum().backward()
except RuntimeError as e:
    print(str(e).split(".")[0])
z = torch.exp(x)
z += 1
z.sum().backward()

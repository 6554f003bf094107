# Tensor.to reads its positional arguments as PyTorch's overloads do: a Python bool or float
# where the dtype goes is torch.bool / torch.float64, and the third positional is copy=.
import torch

x = torch.tensor([0.0, 1.5, -2.0])
print(x.to(True), x.to(2.5).dtype, x.to(float).dtype)
same = x.to(torch.float32, False, True)
same[0] = 7.0
print(same is x, x)
print(x.to(x, False, True) is x, x.to(torch.float32, True) is x)
for args in [("cpu", True), (torch.float64, 2.5), (1.5, "cpu")]:
    try:
        x.to(*args)
    except TypeError as e:
        print(str(e).splitlines()[0])

# Q: Boolean value of Tensor with more than one value is ambiguous
import torch

x = torch.tensor([1.0, -1.0])
try:
    if x:
        print("yes")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(x > 0 and x < 2)
except RuntimeError as e:
    print("RuntimeError:", e)
print((x > 0) & (x < 2), torch.logical_and(x > 0, x < 2))
print(bool(torch.tensor([0.0])), bool(torch.tensor(2)))

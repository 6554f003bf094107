# in-place on an expanded tensor
import torch

b = torch.zeros(1, 3)
big = b.expand(2, 3)
try:
    big.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
big = b.expand(2, 3).clone()
big.add_(1)
print(big, b)

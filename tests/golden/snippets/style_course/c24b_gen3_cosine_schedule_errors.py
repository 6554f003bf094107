# schedule mistakes: linspace with a float count, cumprod on an int tensor
import torch

try:
    torch.linspace(0.0, 1.0, 10.0)
except TypeError as e:
    print("TypeError:", e)
print(torch.cumprod(torch.tensor([1, 2, 3]), 0))
print(torch.cumprod(torch.tensor([1, 2, 3]), 0, dtype=torch.float32))
try:
    torch.cumprod(torch.tensor([0.5, 0.5]))
except TypeError as e:
    print("TypeError:", str(e)[:120])

# Q: why does sqrt of an integer tensor give floats, but x ** -1 fails?
import torch

x = torch.tensor([4, 9, 16])
print(torch.sqrt(x), x / 2, x // 2, x ** 2, x * 0.5)
print(x.float() ** -1, x ** 0.5)
print(torch.pow(2, x), torch.pow(x, 2).dtype)
try:
    print(x ** -1)
except RuntimeError as e:
    print(e)
print(torch.tensor(2) ** torch.tensor(-1.0))

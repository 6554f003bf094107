# Q: split vs chunk sizes
import torch

x = torch.arange(10)
print([t.tolist() for t in x.split(3)])
print([t.tolist() for t in x.chunk(3)])
print([t.tolist() for t in torch.split(x, [2, 3, 5])])
try:
    torch.split(x, [2, 3])
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(torch.arange(5).chunk(4)), [t.numel() for t in torch.arange(5).chunk(4)])

# Q: narrow, select and index_fill
import torch

x = torch.arange(12).reshape(3, 4)
print(x.narrow(1, 1, 2), x.select(0, 2))
print(x.index_fill(1, torch.tensor([0, 3]), -1))
try:
    x.narrow(1, 3, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.take(torch.tensor([0, 5, 11])), x.masked_select(x > 8))

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)
emb = nn.Embedding(4, 2)
for bad in [torch.tensor([1.0, 2.0]), torch.tensor([4]), torch.tensor([-1])]:
    try:
        emb(bad)
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
w = torch.randn(4, 2, requires_grad=True)
print(F.embedding(torch.tensor([[3, 3], [0, 1]]), w))
print(emb(torch.tensor(2)).shape, emb(torch.tensor([2], dtype=torch.int32)).dtype)

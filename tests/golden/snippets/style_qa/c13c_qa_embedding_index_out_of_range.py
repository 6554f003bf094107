# "IndexError: index out of range in self" from nn.Embedding
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(5, 3)
ok = torch.tensor([0, 4, 2])
print(emb(ok).shape)
for bad in (torch.tensor([5]), torch.tensor([-1]), torch.tensor([1.0])):
    try:
        emb(bad)
    except (IndexError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
emb2 = nn.Embedding(5, 3, padding_idx=0)
print(emb2.weight[0])
out = emb2(torch.tensor([[0, 1], [2, 0]]))
out.sum().backward()
print(emb2.weight.grad)

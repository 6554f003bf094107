# padding_idx rows get no gradient
import torch
import torch.nn as nn

torch.manual_seed(1)
emb = nn.Embedding(4, 2, padding_idx=0)
hist = torch.tensor([[1, 2, 0, 0], [3, 1, 1, 0]])
out = emb(hist).sum()
out.backward()
print(emb.weight.grad)
with torch.no_grad():
    emb.weight[0] = 5.0
print(emb(torch.tensor([0])))
emb2 = nn.Embedding(4, 2, padding_idx=-1)
print(emb2.padding_idx, emb2.weight[3])
try:
    nn.Embedding(4, 2, padding_idx=4)
except AssertionError as e:
    print('AssertionError', e)

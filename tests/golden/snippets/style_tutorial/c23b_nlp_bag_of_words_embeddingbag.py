import torch
from torch import nn

torch.manual_seed(7)
bag = nn.EmbeddingBag(10, 3, mode="mean")
text = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
offsets = torch.tensor([0, 4])
out = bag(text, offsets)
print(out.shape)
manual = torch.stack([bag.weight[text[:4]].mean(0), bag.weight[text[4:]].mean(0)])
print(torch.allclose(out, manual))
print(nn.EmbeddingBag(10, 3, mode="sum"))
try:
    bag(text)
except Exception as e:
    print(type(e).__name__, e)

import torch
import torch.nn.functional as F

enc = torch.tensor([[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]]])
dec = torch.tensor([[1.0, 2.0]])
lengths = torch.tensor([3])
scores = torch.bmm(enc, dec.unsqueeze(2)).squeeze(2)
print(scores)
mask = torch.arange(4)[None] >= lengths[:, None]
scores = scores.masked_fill(mask, float("-inf"))
attn = F.softmax(scores, dim=1)
print(attn)
context = torch.bmm(attn.unsqueeze(1), enc).squeeze(1)
print(context, context.shape)

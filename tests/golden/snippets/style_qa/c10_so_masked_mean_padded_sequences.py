# Q: how do I average embeddings over padded positions only? arange < lengths[:, None] as a mask.
import torch

torch.manual_seed(0)
lengths = torch.tensor([3, 1, 4])
emb = torch.randn(3, 4, 2, requires_grad=True)
mask = torch.arange(4)[None, :] < lengths[:, None]
print(mask)
print(mask.dtype, mask.sum(1))
masked = emb * mask.unsqueeze(-1)
mean = masked.sum(1) / lengths.unsqueeze(-1)
print(mean)
mean2 = emb.masked_fill(~mask.unsqueeze(-1), 0.0).sum(1) / mask.sum(1, keepdim=True)
print(torch.allclose(mean, mean2), mean2.dtype)
mean.sum().backward()
print(emb.grad[1])
scores = torch.randn(3, 4).masked_fill(~mask, float("-inf"))
print(scores.softmax(-1))
try:
    emb.masked_fill(mask, 0.0)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.nn.utils.rnn.pad_sequence([torch.ones(2), torch.ones(3) * 2, torch.ones(1) * 3], batch_first=True))

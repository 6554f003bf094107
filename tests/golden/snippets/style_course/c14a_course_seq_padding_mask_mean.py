# NLP course: mean over valid tokens with a padding mask, masked cross-entropy, and lengths from the mask.
import torch
import torch.nn.functional as F

torch.manual_seed(1489)
tokens = torch.tensor([[5, 3, 8, 0, 0], [2, 9, 0, 0, 0], [7, 1, 4, 6, 2]])
mask = tokens != 0
lengths = mask.sum(dim=1)
print(lengths, mask.dtype)
emb = torch.randn(10, 4)
h = emb[tokens]
mean = (h * mask.unsqueeze(-1)).sum(1) / lengths.unsqueeze(-1)
print(mean)
logits = torch.randn(3, 5, 10, requires_grad=True)
loss_all = F.cross_entropy(logits.view(-1, 10), tokens.view(-1), reduction='none').view(3, 5)
masked = (loss_all * mask).sum() / mask.sum()
print(masked, F.cross_entropy(logits.view(-1, 10), tokens.view(-1), ignore_index=0))
masked.backward()
print(logits.grad[1, 3].abs().sum().item(), logits.grad[1, 0].sum().item())
print(torch.arange(5)[None, :] < lengths[:, None])

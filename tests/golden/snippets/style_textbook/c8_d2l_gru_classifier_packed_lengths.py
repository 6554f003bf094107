# A GRU sequence classifier using the last valid step of each padded sequence (gathered by lengths).
import torch
from torch import nn

torch.manual_seed(0)
batch = torch.randn(3, 5, 4)
lengths = torch.tensor([5, 3, 2])
gru = nn.GRU(4, 6, batch_first=True)
out, h = gru(batch)
print(out.shape, h.shape)
idx = (lengths - 1).view(-1, 1, 1).expand(-1, 1, out.size(2))
last = out.gather(1, idx).squeeze(1)
print(last.shape, torch.allclose(last[0], h[0, 0]))
mask = torch.arange(5)[None, :] < lengths[:, None]
print(mask)
mean_pooled = (out * mask.unsqueeze(-1)).sum(1) / lengths.unsqueeze(1)
print(mean_pooled.shape)
head = nn.Linear(6, 2)
logits = head(last)
loss = nn.functional.cross_entropy(logits, torch.tensor([1, 0, 1]))
loss.backward()
print(loss.item() > 0, gru.weight_hh_l0.grad.shape)

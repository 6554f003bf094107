import torch
import torch.nn as nn

torch.manual_seed(21)
n_items, d = 8, 4
emb = nn.Embedding(n_items + 1, d, padding_idx=0)
gru = nn.GRU(d, d, batch_first=True)
seqs = torch.tensor([[0, 3, 5, 2], [1, 4, 4, 7]])
out, h = gru(emb(seqs))
logits = h.squeeze(0) @ emb.weight[1:].t()
print(out.shape, h.shape, logits.shape)
target = torch.tensor([0, 6])
loss = nn.functional.cross_entropy(logits, target)
print(round(loss.item(), 4) > 0)
print(logits.argmax(1).shape)

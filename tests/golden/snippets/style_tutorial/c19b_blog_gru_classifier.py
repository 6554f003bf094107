# RNN for sequences: a GRU classifier on token ids
import torch
import torch.nn as nn

torch.manual_seed(0)
vocab, emb_dim, hidden = 20, 5, 7
emb = nn.Embedding(vocab, emb_dim, padding_idx=0)
gru = nn.GRU(emb_dim, hidden, batch_first=True)
fc = nn.Linear(hidden, 2)
tokens = torch.tensor([[4, 9, 2, 0], [7, 3, 0, 0]])
e = emb(tokens)
print(e.shape, emb.weight[0])
_, h = gru(e)
logits = fc(h.squeeze(0))
print(logits.shape)
print(logits.softmax(dim=1).sum(dim=1))
print(sum(p.numel() for p in gru.parameters()))

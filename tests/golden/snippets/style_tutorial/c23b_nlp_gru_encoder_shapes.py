import torch
from torch import nn

torch.manual_seed(1)
vocab, emb_dim, hid = 10, 4, 5
emb = nn.Embedding(vocab, emb_dim)
gru = nn.GRU(emb_dim, hid, batch_first=True)
tokens = torch.randint(0, vocab, (2, 7))
outputs, h_n = gru(emb(tokens))
print(outputs.shape, h_n.shape)
print(torch.allclose(outputs[:, -1], h_n[0]))
print(gru)
print([n for n, _ in gru.named_parameters()])

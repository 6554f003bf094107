# makemore-style: one causal transformer block over a toy character sequence, a few Adam steps
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2024)
vocab, block, d = 11, 16, 24
emb = nn.Embedding(vocab, d)
layer = nn.TransformerEncoderLayer(d, nhead=4, dim_feedforward=48, dropout=0.0, batch_first=True)
lm_head = nn.Linear(d, vocab)
params = [*emb.parameters(), *layer.parameters(), *lm_head.parameters()]
opt = torch.optim.Adam(params, lr=3e-3)
data = torch.randint(0, vocab, (4, block + 1))
xb, yb = data[:, :-1], data[:, 1:]
mask = nn.Transformer.generate_square_subsequent_mask(block)
for step in range(4):
    logits = lm_head(layer(emb(xb), src_mask=mask, is_causal=True))
    loss = F.cross_entropy(logits.reshape(-1, vocab), yb.reshape(-1))
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.8f}")

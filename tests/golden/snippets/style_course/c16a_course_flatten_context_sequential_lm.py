# A makemore-style language model from torch.nn pieces: Embedding, Flatten, Linear, Tanh
import torch
from torch import nn

torch.manual_seed(1658)
vocab_size, block_size, n_embd = 7, 4, 3
model = nn.Sequential(
    nn.Embedding(vocab_size, n_embd),
    nn.Flatten(),
    nn.Linear(n_embd * block_size, 16, bias=False), nn.BatchNorm1d(16), nn.Tanh(),
    nn.Linear(16, vocab_size),
)
with torch.no_grad():
    model[-1].weight *= 0.1
Xb = torch.randint(0, vocab_size, (12, block_size))
Yb = torch.randint(0, vocab_size, (12,))
for layer in model:
    Xb_out = layer(Xb) if layer is model[0] else layer(Xb_out)
    print(layer.__class__.__name__, ":", tuple(Xb_out.shape))
loss = nn.functional.cross_entropy(Xb_out, Yb)
print(loss.item(), sum(p.nelement() for p in model.parameters()))

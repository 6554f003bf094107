# BERT-style masked language modelling inputs: 15% positions, 80/10/10 replacement, gather predictions.
import torch
from torch import nn

torch.manual_seed(31)
vocab_size, mask_id = 20, 1
tokens = torch.randint(4, vocab_size, (2, 10))
print(tokens)
prob = torch.full(tokens.shape, 0.15)
selected = torch.bernoulli(prob).bool()
print(selected.sum(dim=1))
labels = torch.where(selected, tokens, torch.full_like(tokens, -100))
r = torch.rand(tokens.shape)
inputs = tokens.clone()
inputs[selected & (r < 0.8)] = mask_id
rand_words = torch.randint(4, vocab_size, tokens.shape)
swap = selected & (r >= 0.8) & (r < 0.9)
inputs[swap] = rand_words[swap]
print(inputs)
print(labels)
pred_positions = [row.nonzero().flatten() for row in selected]
print(pred_positions)
emb = nn.Embedding(vocab_size, 8)
mlp = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.LayerNorm(16), nn.Linear(16, vocab_size))
logits = mlp(emb(inputs))
print(logits.shape)
loss = nn.CrossEntropyLoss()(logits.reshape(-1, vocab_size), labels.reshape(-1))
print(loss)
batch_idx = torch.repeat_interleave(torch.arange(2), 3)
pos = torch.tensor([1, 5, 2, 6, 1, 5])
print(logits[batch_idx, pos].shape)
segments = torch.tensor([0] * 6 + [1] * 4)
print(segments, nn.Embedding(2, 8)(segments).shape)

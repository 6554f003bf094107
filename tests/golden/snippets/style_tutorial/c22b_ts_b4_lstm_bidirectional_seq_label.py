import torch
import torch.nn as nn

torch.manual_seed(60)
enc = nn.LSTM(2, 3, bidirectional=True, batch_first=True, num_layers=2)
tagger = nn.Linear(6, 2)
x = torch.randn(2, 5, 2)
out, (h, c) = enc(x)
logits = tagger(out)
labels = torch.tensor([[0, 1, 1, 0, 1], [1, 1, 0, 0, 0]])
loss = nn.functional.cross_entropy(logits.reshape(-1, 2), labels.reshape(-1))
print(out.shape, h.shape, f"{loss.item():.5f}")
loss.backward()
print(f"{enc.weight_hh_l1_reverse.grad.norm().item():.5f}")

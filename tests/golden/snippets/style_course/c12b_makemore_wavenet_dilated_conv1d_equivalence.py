# WaveNet part: the hierarchical FlattenConsecutive model equals a dilated Conv1d stack on every position.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2147483647)
vocab, n_embd, n_hidden, block = 27, 4, 6, 8
C = torch.randn(vocab, n_embd)
X = torch.randint(0, vocab, (3, block))
emb = C[X]                                 # (B, T, C)
print('emb', tuple(emb.shape))

# consecutive pairs flattened and mixed by one Linear, three times
lin1 = nn.Linear(2 * n_embd, n_hidden, bias=False)
lin2 = nn.Linear(2 * n_hidden, n_hidden, bias=False)
h = emb.view(3, block // 2, 2 * n_embd)
h = torch.tanh(lin1(h))
print('level1', tuple(h.shape))
h = h.view(3, block // 4, 2 * n_hidden)
h = torch.tanh(lin2(h))
print('level2', tuple(h.shape))

# same weights as Conv1d kernels: weight (out, in, k) from Linear (out, k*in)
w1 = lin1.weight.view(n_hidden, 2, n_embd).permute(0, 2, 1)
w2 = lin2.weight.view(n_hidden, 2, n_hidden).permute(0, 2, 1)
x = emb.transpose(1, 2)                    # (B, C, T)
c1 = torch.tanh(F.conv1d(x, w1, stride=2))
c2 = torch.tanh(F.conv1d(c1, w2, stride=2))
print('conv', tuple(c1.shape), tuple(c2.shape))
print(torch.allclose(c2.transpose(1, 2), h, atol=1e-6))
print((c2.transpose(1, 2) - h).abs().max().item() < 1e-6)
# the dilated form keeps every position: outputs at stride positions match
d1 = torch.tanh(F.conv1d(x, w1, dilation=1))
d2 = torch.tanh(F.conv1d(d1, w2, dilation=2))
print('dilated', tuple(d1.shape), tuple(d2.shape))
print(torch.allclose(d2[:, :, ::4], c2, atol=1e-6))
print(w1.is_contiguous(), w1.stride())

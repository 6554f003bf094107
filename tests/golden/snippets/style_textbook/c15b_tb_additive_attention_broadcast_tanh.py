# Additive attention: queries and keys projected, summed by broadcasting, scored through tanh.
import torch
from torch import nn

torch.manual_seed(9)
num_hiddens = 6
W_k = nn.Linear(3, num_hiddens, bias=False)
W_q = nn.Linear(5, num_hiddens, bias=False)
w_v = nn.Linear(num_hiddens, 1, bias=False)
queries = torch.normal(0, 1, (2, 1, 5))
keys = torch.ones((2, 4, 3))
values = torch.arange(16, dtype=torch.float32).reshape(1, 4, 4).repeat(2, 1, 1)
q, k = W_q(queries), W_k(keys)
features = torch.tanh(q.unsqueeze(2) + k.unsqueeze(1))
print(features.shape)
scores = w_v(features).squeeze(-1)
print(scores.shape)
attn = nn.functional.softmax(scores, dim=-1)
print(attn)
print(torch.bmm(attn, values))

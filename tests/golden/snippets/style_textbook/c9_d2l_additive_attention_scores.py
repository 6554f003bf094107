# Additive attention scoring: queries and keys of different sizes projected and combined through tanh.
import torch
from torch import nn

class AdditiveAttention(nn.Module):
    def __init__(self, key_size, query_size, num_hiddens, dropout):
        super().__init__()
        self.W_k = nn.Linear(key_size, num_hiddens, bias=False)
        self.W_q = nn.Linear(query_size, num_hiddens, bias=False)
        self.w_v = nn.Linear(num_hiddens, 1, bias=False)
        self.dropout = nn.Dropout(dropout)

    def forward(self, queries, keys, values, valid_lens):
        queries, keys = self.W_q(queries), self.W_k(keys)
        features = queries.unsqueeze(2) + keys.unsqueeze(1)
        features = torch.tanh(features)
        scores = self.w_v(features).squeeze(-1)
        mask = torch.arange(scores.shape[-1])[None, None, :] < valid_lens[:, None, None]
        self.attention_weights = torch.softmax(scores.masked_fill(~mask, -1e6), dim=-1)
        return torch.bmm(self.dropout(self.attention_weights), values)

torch.manual_seed(0)
queries, keys = torch.normal(0, 1, (2, 1, 20)), torch.ones((2, 10, 2))
values = torch.arange(40, dtype=torch.float32).reshape(1, 10, 4).repeat(2, 1, 1)
valid_lens = torch.tensor([2, 6])
attention = AdditiveAttention(key_size=2, query_size=20, num_hiddens=8, dropout=0.1)
attention.eval()
out = attention(queries, keys, values, valid_lens)
print(out)
print(attention.attention_weights.shape)
print(attention.attention_weights[1])
print(sum(p.numel() for p in attention.parameters()))

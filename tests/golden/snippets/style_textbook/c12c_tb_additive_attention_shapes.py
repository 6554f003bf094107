# Attention chapter: additive attention, printing shapes at each step.
import torch
from torch import nn

class AdditiveAttention(nn.Module):
    def __init__(self, num_hiddens, dropout):
        super().__init__()
        self.W_k = nn.Linear(2, num_hiddens, bias=False)
        self.W_q = nn.Linear(20, num_hiddens, bias=False)
        self.w_v = nn.Linear(num_hiddens, 1, bias=False)
        self.dropout = nn.Dropout(dropout)

    def forward(self, queries, keys, values):
        queries, keys = self.W_q(queries), self.W_k(keys)
        print("q", queries.shape, "k", keys.shape)
        features = queries.unsqueeze(2) + keys.unsqueeze(1)
        print("features", features.shape)
        features = torch.tanh(features)
        scores = self.w_v(features).squeeze(-1)
        print("scores", scores.shape)
        self.attention_weights = nn.functional.softmax(scores, dim=-1)
        return torch.bmm(self.dropout(self.attention_weights), values)

torch.manual_seed(0)
queries = torch.normal(0, 1, (2, 1, 20))
keys = torch.ones((2, 10, 2))
values = torch.arange(40, dtype=torch.float32).reshape(1, 10, 4).repeat(2, 1, 1)
attention = AdditiveAttention(num_hiddens=8, dropout=0.1)
attention.eval()
out = attention(queries, keys, values)
print(out.shape)
print(out)
print(attention.attention_weights.sum(-1))

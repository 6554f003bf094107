# The language-model tutorial: a PositionalEncoding module with a registered buffer, dropout off in eval.
import math
import torch
from torch import nn

class PositionalEncoding(nn.Module):
    def __init__(self, d_model, dropout=0.1, max_len=50):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        position = torch.arange(max_len).unsqueeze(1)
        div_term = torch.exp(torch.arange(0, d_model, 2) * (-math.log(10000.0) / d_model))
        pe = torch.zeros(max_len, 1, d_model)
        pe[:, 0, 0::2] = torch.sin(position * div_term)
        pe[:, 0, 1::2] = torch.cos(position * div_term)
        self.register_buffer('pe', pe)

    def forward(self, x):
        x = x + self.pe[:x.size(0)]
        return self.dropout(x)

torch.manual_seed(0)
pos = PositionalEncoding(6)
print(pos)
print(pos.pe.shape, list(pos.state_dict().keys()))
print(pos.pe[:3, 0])
x = torch.zeros(4, 2, 6)
pos.eval()
print(pos(x)[:, 1])
pos.train()
out = pos(x)
print((out == 0).sum().item() > 0, out.shape)
emb = nn.Embedding(10, 6)
src = torch.tensor([[1, 2], [3, 4], [5, 6]])
print((emb(src) * math.sqrt(6)).shape)

# d2l multi-head attention: transpose_qkv/transpose_output shape bookkeeping and the full module output.
import math
import torch
from torch import nn

def transpose_qkv(X, num_heads):
    X = X.reshape(X.shape[0], X.shape[1], num_heads, -1)
    X = X.permute(0, 2, 1, 3)
    return X.reshape(-1, X.shape[2], X.shape[3])

def transpose_output(X, num_heads):
    X = X.reshape(-1, num_heads, X.shape[1], X.shape[2])
    X = X.permute(0, 2, 1, 3)
    return X.reshape(X.shape[0], X.shape[1], -1)

class MultiHeadAttention(nn.Module):
    def __init__(self, num_hiddens, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.W_q = nn.LazyLinear(num_hiddens, bias=False)
        self.W_k = nn.LazyLinear(num_hiddens, bias=False)
        self.W_v = nn.LazyLinear(num_hiddens, bias=False)
        self.W_o = nn.LazyLinear(num_hiddens, bias=False)

    def forward(self, queries, keys, values, valid_lens):
        q = transpose_qkv(self.W_q(queries), self.num_heads)
        k = transpose_qkv(self.W_k(keys), self.num_heads)
        v = transpose_qkv(self.W_v(values), self.num_heads)
        scores = torch.bmm(q, k.transpose(1, 2)) / math.sqrt(q.shape[-1])
        if valid_lens is not None:
            valid_lens = torch.repeat_interleave(valid_lens, repeats=self.num_heads, dim=0)
            mask = torch.arange(scores.shape[-1])[None, None, :] < valid_lens[:, None, None]
            scores = scores.masked_fill(~mask, -1e6)
        self.attention_weights = torch.softmax(scores, dim=-1)
        return self.W_o(transpose_output(torch.bmm(self.attention_weights, v), self.num_heads))

X = torch.arange(2 * 4 * 6.0).reshape(2, 4, 6)
print(transpose_qkv(X, 3).shape, transpose_output(transpose_qkv(X, 3), 3).equal(X))
torch.manual_seed(0)
attention = MultiHeadAttention(8, 2)
batch_size, num_queries, num_kvpairs = 2, 4, 6
valid_lens = torch.tensor([3, 2])
Xq = torch.ones((batch_size, num_queries, 8))
Y = torch.ones((batch_size, num_kvpairs, 8))
out = attention(Xq, Y, Y, valid_lens)
print(out.shape, attention.attention_weights.shape)
print(attention.attention_weights[0, 0], attention.attention_weights[3, 0])
print(out[0, 0])
